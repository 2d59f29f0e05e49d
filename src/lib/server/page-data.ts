// What the story page and the embeds need from the dataset, trimmed so the page serialises no more than it shows.
import type { Dataset, Meta, Source } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import { filterOptions, rosterRows } from '$lib/roster';
import type { Inline, Story } from '$lib/story/types';
import { describeScene } from '$lib/viz/describe';
import { datasetIn, modelsOf, storyOf } from './story';

/** The sources the story's text cites, as the server renders the text (hooks.server.ts) and the embed draws it. */
export function citedSources(story: Story, d: Dataset): Record<string, Pick<Source, 'url' | 'publisher' | 'date'>> {
  const ids = new Set<string>();
  const visit = (i: Inline) => {
    if (typeof i === 'object' && 'sources' in i) i.sources.forEach((s) => ids.add(s));
  };
  for (const s of story.sections) {
    s.intro.flat().forEach(visit);
    s.steps.forEach((st) => st.text.flat().forEach(visit));
  }
  const out: Record<string, Pick<Source, 'url' | 'publisher' | 'date'>> = {};
  for (const src of d.sources) {
    if (ids.has(src.id)) out[src.id] = { url: src.url, publisher: src.publisher, date: src.date };
  }
  for (const id of ids) if (!out[id]) throw new Error(`the story cites unknown source id "${id}"`);
  return out;
}

/** What the roster's controls need; the table itself comes from the roster page (Roster.svelte). */
function rosterFilters(d: Dataset, lang: Lang) {
  const rows = rosterRows(d, lang);
  return { total: rows.length, ...filterOptions(rows, lang) };
}

/** The meta record with the headline and dek of the edition. */
export function metaIn(meta: Meta, lang: Lang): Meta {
  return lang === 'es' ? { ...meta, title: meta.es.title, dek: meta.es.dek } : meta;
}

/** Every step's scene in words, worked out here once, so the page needs neither the models nor the describers. */
function descriptions(story: Story, d: Dataset, lang: Lang): Record<string, string> {
  const models = modelsOf(d, lang);
  return Object.fromEntries(story.sections.flatMap((s) => s.steps.map((st) => [st.id, describeScene(st.scene, models, lang)])));
}

/**
 * The story page's data. The visuals' models are not in it: each graphic is an island that fetches its model
 * when it wakes (src/lib/story/island.ts); the embeds, which draw on the client, take the models (embedPageData, embedData).
 */
export function pageData(d: Dataset, lang: Lang = 'en') {
  const story = storyOf(d, lang);
  const local = datasetIn(d, lang);
  return {
    lang,
    meta: metaIn(d.meta, lang),
    transfers: local.transfers.map((t) => ({ id: t.id, date: t.date, count: t.count, label: t.label })),
    // The sections' intros and the steps' text are poured into the page by the server (hooks.server.ts) and
    // never hydrated: not carried, and neither are the sources they cite.
    story: { sections: story.sections.map((s) => ({ ...s, intro: [], steps: s.steps.map((st) => ({ ...st, text: [] })) })) },
    descriptions: descriptions(story, d, lang),
    roster: rosterFilters(local, lang)
  };
}

/** The unrolled embed's data: the story page's, with the steps' text and every model, as it draws in the browser. */
export function embedPageData(d: Dataset, lang: Lang = 'en') {
  const story = storyOf(d, lang);
  return { ...pageData(d, lang), story, sources: citedSources(story, d), models: modelsOf(d, lang) };
}

export type PageData = ReturnType<typeof pageData>;
