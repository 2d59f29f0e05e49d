// Build-time HTML the client never needs as data: the roster table is rendered here and poured into its
// slot on the story page, so the page does not also serialise 92 rows for hydration. Every page gets the
// language of its edition in <html lang> (app.html carries %lang%).
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { langOf } from '$lib/i18n/lang';
import { rosterRows } from '$lib/roster';
import RosterTable from '$lib/roster/RosterTable.svelte';
import { dataset } from '$lib/server/dataset';

const SLOT = /(<div class="table-wrap[^"]*"[^>]*data-roster-slot[^>]*>)(<\/div>)/;

let table: string | undefined;
function rosterTable(): string {
  table ??= render(RosterTable, { props: { rows: rosterRows(dataset) } }).body;
  return table;
}

export const handle: Handle = ({ event, resolve }) => {
  const lang = langOf(event.params);
  const story = event.route.id === '/[[lang=lang]]';
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      return story ? out.replace(SLOT, (_, open: string, close: string) => open + rosterTable() + close) : out;
    }
  });
};
