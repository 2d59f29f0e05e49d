// Build-time HTML the client never needs as data: the roster table is rendered here and poured into the roster
// page (/roster/, /es/roster/), so no page serialises 92 rows for hydration; the story page gets only the rows'
// ids, for #person-… links. Every page gets the language of its edition in <html lang> (app.html carries %lang%).
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { langOf, type Lang } from '$lib/i18n/lang';
import { rosterRows } from '$lib/roster';
import RosterTable from '$lib/roster/RosterTable.svelte';
import { dataset } from '$lib/server/dataset';
import { datasetIn, modelsOf, storyOf } from '$lib/server/story';
import Graphic from '$lib/viz/Graphic.svelte';
import Prose from '$lib/story/Prose.svelte';
import type { Paragraph } from '$lib/story/types';
import { citedSources, pageData } from '$lib/server/page-data';
import { initialTable, islandContext, islandPrefix, islandProps, SLOT_ATTR } from '$lib/story/island';
import Roster from '$lib/roster/Roster.svelte';
import { ROSTER_ISLAND_ATTR, rosterProps } from '$lib/roster/island';
import { langContext } from '$lib/i18n/context';
import Seo from '$lib/seo/Seo.svelte';
import { storyHead } from '$lib/seo/story-head';

const TABLE_SLOT = /<div data-roster-rows[^>]*><\/div>/;
const IDS_SLOT = /(<span data-roster-ids[^>]*>)(<\/span>)/;
// The story page's slots: empty elements Svelte hydrates without looking inside, filled here by their id.
const slotOf = (attr: string) => new RegExp(`(<div [^>]*\\b${attr}="([^"]+)"[^>]*>)(</div>)`, 'g');
const GRAPHIC_SLOT = slotOf(SLOT_ATTR);
const PROSE_SLOT = slotOf('data-prose-slot');
const INTRO_SLOT = slotOf('data-intro-slot');
const ROSTER_SLOT = slotOf(ROSTER_ISLAND_ATTR);

/** Something made once per edition per build. */
function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made: Partial<Record<Lang, T>> = {};
  return (lang) => (made[lang] ??= make(lang));
}

/** Markup nothing hydrates, without Svelte's hydration markers (they were a tenth of the roster table's bytes). */
const unmarked = (html: string) => html.replace(/<!--[^]*?-->/g, '');

/** Fills each slot `slot` finds with its id's markup; a slot with none, or a page with no slot, fails the build. */
function pour(html: string, slot: RegExp, bodies: Record<string, string>, what: string): string {
  let found = 0;
  const out = html.replace(slot, (_: string, open: string, id: string, close: string) => {
    const body = bodies[id];
    if (body === undefined) throw new Error(`no ${what} for the slot "${id}"`);
    found++;
    return `${open}${body}${close}`;
  });
  if (!found) throw new Error(`the story page has no slot for its ${what}`);
  return out;
}

/**
 * The story page's module preloads, moved from the head to just before Kit's start script. The browser then
 * parses and paints the page's text before it asks for any script (on a phone the scripts' bytes would share the
 * line with the page's), and still asks for every module at once rather than one import at a time.
 */
function preloadsLast(html: string): string {
  const links: string[] = [];
  const out = html.replace(/<link href="[^"]+" rel="modulepreload">\s*/g, (link) => {
    links.push(link.trim());
    return '';
  });
  const start = /<script>\s*\{\s*__sveltekit_/.exec(out);
  if (!links.length || !start) throw new Error('the story page has no module preloads or no Kit start script');
  return `${out.slice(0, start.index)}${links.join('')}${out.slice(start.index)}`;
}

// The story page's data, as +page.server.ts makes it: what the server-drawn parts are drawn from too.
const storyPage = perLang((lang) => pageData(dataset, lang));

// The rows come from the records in the edition's language.
const rowsIn = perLang((lang) => rosterRows(datasetIn(dataset, lang), lang));
const rosterTable = perLang((lang) => unmarked(render(RosterTable, { props: { rows: rowsIn(lang), lang } }).body));

// Each sticky section's graphic, drawn at its first step: outside the page's hydration, hydrated on its own as
// an island when the reader comes near (src/lib/story/island.ts).
const graphicsOf = perLang((lang) => {
  const models = modelsOf(dataset, lang);
  return Object.fromEntries(
    storyOf(dataset, lang).sections.flatMap((section) =>
      section.visual
        ? [[section.id, render(Graphic, { props: islandProps(section, models), context: islandContext(lang, initialTable(section)), idPrefix: islandPrefix(section.id) }).body]]
        : []
    )
  );
});

// The roster's controls and its link to the table, drawn from the page's own data: hydrated as an island when
// the reader comes near (src/lib/roster/RosterIsland.svelte). The link holds an empty anchor per row, so that a
// #person-… link lands on it without JavaScript; in a <noscript>, as a browser running scripts needs none of
// those 92 elements (Roster.svelte brings the row itself).
const rosterOf = perLang((lang) => {
  const ids = rowsIn(lang).map((r) => `<span id="person-${r.id}"></span>`).join('');
  return render(Roster, { props: rosterProps(storyPage(lang)), context: new Map([langContext(() => lang)]) }).body.replace(
    IDS_SLOT,
    (_, open: string, close: string) => `${open}<noscript>${ids}</noscript>${close}`
  );
});

// The story page's head tags: static, so written here rather than carried and hydrated by the page.
const headOf = perLang((lang) => unmarked(render(Seo, { props: storyHead(storyPage(lang)) }).head));

// Each step's text and each section's intro: static HTML the page neither carries as data nor hydrates.
const textOf = perLang((lang) => {
  const story = storyOf(dataset, lang);
  const sources = citedSources(story, dataset);
  const html = (paragraphs: Paragraph[]) => paragraphs.map((paragraph) => unmarked(render(Prose, { props: { paragraph, sources, lang } }).body)).join('');
  return {
    steps: Object.fromEntries(story.sections.flatMap((s) => s.steps).map((step) => [step.id, html(step.text)])),
    intros: Object.fromEntries(story.sections.map((s) => [s.id, html(s.intro)]))
  };
});

export const handle: Handle = ({ event, resolve }) => {
  const lang = langOf(event.params);
  const route = event.route.id;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      // The roster page has no script: nothing reads its hydration markers either.
      if (route === '/[[lang=lang]]/roster') return unmarked(out).replace(TABLE_SLOT, () => rosterTable(lang));
      if (route !== '/[[lang=lang]]') return out;
      const text = textOf(lang);
      let poured = pour(out, PROSE_SLOT, text.steps, 'text');
      poured = pour(poured, INTRO_SLOT, text.intros, 'intro');
      poured = pour(poured, GRAPHIC_SLOT, graphicsOf(lang), 'graphic');
      poured = pour(poured, ROSTER_SLOT, { roster: rosterOf(lang) }, 'roster');
      return preloadsLast(poured).replace('</head>', () => `${headOf(lang)}</head>`);
    }
  });
};
