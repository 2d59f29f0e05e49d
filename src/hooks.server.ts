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
const tables: Partial<Record<Lang, string>> = {};
function rosterTable(lang: Lang): string {
  tables[lang] ??= render(RosterTable, { props: { rows: rosterRows(datasetIn(dataset, lang), lang), lang } }).body;
  return tables[lang];
}

export const handle: Handle = ({ event, resolve }) => {
  const lang = langOf(event.params);
  const story = event.route.id === '/[[lang=lang]]';
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      return story ? out.replace(SLOT, (_, open: string, close: string) => open + rosterTable(lang) + close) : out;
    }
  });
};
