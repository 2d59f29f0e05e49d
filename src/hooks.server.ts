// Build-time HTML the client never needs as data: the roster table is rendered here and poured into its
// slot on the story page, so the page does not also serialise 92 rows for hydration. Every page gets the
// language of its edition in <html lang> (app.html carries %lang%).
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { langOf, type Lang } from '$lib/i18n/lang';
import { rosterRows } from '$lib/roster';
import RosterTable from '$lib/roster/RosterTable.svelte';
import { dataset } from '$lib/server/dataset';
import { datasetIn, modelsOf, storyOf } from '$lib/server/story';
import Graphic from '$lib/viz/Graphic.svelte';
import { initialTable, islandContext, islandPrefix, islandProps, SLOT_ATTR } from '$lib/story/island';

const SLOT = /(<div class="table-wrap[^"]*"[^>]*data-roster-slot[^>]*>)(<\/div>)/;

// One table per edition, each rendered once per build: the rows come from the records in that language.
// Without Svelte's hydration markers: the table is never hydrated, and they were a tenth of its bytes.
const tables: Partial<Record<Lang, string>> = {};
function rosterTable(lang: Lang): string {
  tables[lang] ??= render(RosterTable, { props: { rows: rosterRows(datasetIn(dataset, lang), lang), lang } }).body.replace(/<!--[^]*?-->/g, '');
  return tables[lang];
}

// Each sticky section's graphic, drawn at its first step into the section's slot: outside the page's
// hydration, hydrated on its own as an island when the reader comes near (src/lib/story/island.ts).
const GRAPHIC_SLOT = new RegExp(`(<div class="graphic-inner[^"]*" ${SLOT_ATTR}="([^"]+)"[^>]*>)(</div>)`, 'g');
const graphics: Partial<Record<Lang, Record<string, string>>> = {};
function graphicsOf(lang: Lang): Record<string, string> {
  if (graphics[lang]) return graphics[lang];
  const models = modelsOf(dataset, lang);
  const out: Record<string, string> = {};
  for (const section of storyOf(dataset, lang).sections) {
    if (!section.visual) continue;
    out[section.id] = render(Graphic, {
      props: islandProps(section, models),
      context: islandContext(lang, initialTable(section)),
      idPrefix: islandPrefix(section.id)
    }).body;
  }
  return (graphics[lang] = out);
}

export const handle: Handle = ({ event, resolve }) => {
  const lang = langOf(event.params);
  const story = event.route.id === '/[[lang=lang]]';
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      // In a <noscript>: a reader without JavaScript gets the table as it is; with JavaScript its ~2,000 elements
      // arrive as text, and Roster.svelte unfolds them when the roster comes near (a smaller page at load).
      const folded = (_: string, open: string, close: string) => `${open}<noscript data-roster-rows>${rosterTable(lang)}</noscript>${close}`;
      if (!story) return out;
      const drawn = graphicsOf(lang);
      return out.replace(SLOT, folded).replace(GRAPHIC_SLOT, (_: string, open: string, id: string, close: string) => {
        const body = drawn[id];
        if (body === undefined) throw new Error(`no graphic for the slot of section "${id}"`);
        return `${open}${body}${close}`;
      });
    }
  });
};
