// Build-time HTML the client never needs as data: the roster table is rendered here and poured into its
// slot on the story page, so the page does not also serialise 92 rows for hydration. Every page gets the
// language of its edition in <html lang> (app.html carries %lang%).
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { langOf, type Lang } from '$lib/i18n/lang';
import { rosterRows } from '$lib/roster';
import RosterTable from '$lib/roster/RosterTable.svelte';
import { dataset } from '$lib/server/dataset';
import { datasetIn } from '$lib/server/story';

const SLOT = /(<div class="table-wrap[^"]*"[^>]*data-roster-slot[^>]*>)(<\/div>)/;

// One table per edition, each rendered once per build: the rows come from the records in that language.
// Without Svelte's hydration markers: the table is never hydrated, and they were a tenth of its bytes.
const tables: Partial<Record<Lang, string>> = {};
function rosterTable(lang: Lang): string {
  tables[lang] ??= render(RosterTable, { props: { rows: rosterRows(datasetIn(dataset, lang), lang), lang } }).body.replace(/<!--[^]*?-->/g, '');
  return tables[lang];
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
      return story ? out.replace(SLOT, folded) : out;
    }
  });
};
