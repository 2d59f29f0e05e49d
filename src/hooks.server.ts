// Build-time HTML the client never needs as data: the roster table is rendered here and poured into the roster
// page (/roster/, /es/roster/), so no page serialises 92 rows for hydration; the story page gets only the rows'
// ids, for #person-… links. Every page gets the language of its edition in <html lang> (app.html carries %lang%).
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { langOf, type Lang } from '$lib/i18n/lang';
import { rosterRows, type RosterRow } from '$lib/roster';
import RosterTable from '$lib/roster/RosterTable.svelte';
import { dataset } from '$lib/server/dataset';
import { datasetIn, modelsOf, storyOf } from '$lib/server/story';
import Graphic from '$lib/viz/Graphic.svelte';
import Prose from '$lib/story/Prose.svelte';
import { citedSources } from '$lib/server/page-data';
import { initialTable, islandContext, islandPrefix, islandProps, SLOT_ATTR } from '$lib/story/island';

const TABLE_SLOT = /<div data-roster-rows[^>]*><\/div>/;
const IDS_SLOT = /(<span data-roster-ids[^>]*>)(<\/span>)/;

// Each edition's rows and table made once per build: the rows come from the records in that language.
const rows: Partial<Record<Lang, RosterRow[]>> = {};
const tables: Partial<Record<Lang, string>> = {};
const rowsIn = (lang: Lang) => (rows[lang] ??= rosterRows(datasetIn(dataset, lang), lang));
// Without Svelte's hydration markers: the table is never hydrated, and they were a tenth of its bytes.
function rosterTable(lang: Lang): string {
  tables[lang] ??= render(RosterTable, { props: { rows: rowsIn(lang), lang } }).body.replace(/<!--[^]*?-->/g, '');
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

// Each step's text, drawn once per edition and poured into its step's box: static HTML the page neither
// carries as data nor hydrates (without hydration markers, as nothing reads them).
const PROSE_SLOT = /(<div class="step-box[^"]*" data-prose-slot="([^"]+)"[^>]*>)(<\/div>)/g;
const proses: Partial<Record<Lang, Record<string, string>>> = {};
function proseOf(lang: Lang): Record<string, string> {
  if (proses[lang]) return proses[lang];
  const story = storyOf(dataset, lang);
  const sources = citedSources(story, dataset);
  const out: Record<string, string> = {};
  for (const step of story.sections.flatMap((s) => s.steps))
    out[step.id] = step.text.map((paragraph) => render(Prose, { props: { paragraph, sources, lang } }).body.replace(/<!--[^]*?-->/g, '')).join('');
  return (proses[lang] = out);
}

export const handle: Handle = ({ event, resolve }) => {
  const lang = langOf(event.params);
  const route = event.route.id;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      // The roster page has no script: nothing reads its hydration markers either.
      if (route === '/[[lang=lang]]/roster') return out.replace(/<!--[^]*?-->/g, '').replace(TABLE_SLOT, () => rosterTable(lang));
      if (route !== '/[[lang=lang]]') return out;
      // The story page's link to the roster page holds an empty anchor per row, so that a #person-… link lands
      // on the link without JavaScript; in a <noscript>, as a browser running scripts needs none of those 92
      // elements (Roster.svelte brings the row itself).
      const ids = rowsIn(lang).map((r) => `<span id="person-${r.id}"></span>`).join('');
      const drawn = graphicsOf(lang);
      const texts = proseOf(lang);
      return out
        .replace(PROSE_SLOT, (_: string, open: string, id: string, close: string) => {
          const text = texts[id];
          if (text === undefined) throw new Error(`no text for the box of step "${id}"`);
          return `${open}${text}${close}`;
        })
        .replace(IDS_SLOT, (_, open: string, close: string) => `${open}<noscript>${ids}</noscript>${close}`)
        .replace(GRAPHIC_SLOT, (_: string, open: string, id: string, close: string) => {
          const body = drawn[id];
          if (body === undefined) throw new Error(`no graphic for the slot of section "${id}"`);
          return `${open}${body}${close}`;
        });
    }
  });
};
