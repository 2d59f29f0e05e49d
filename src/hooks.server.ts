// Build-time HTML the client never needs as data: the roster table is rendered here and poured into the roster
// page (/roster/, /es/roster/), so no page serialises 92 rows for hydration; the story page gets only the rows'
// ids, for #person-… links. Every page gets the language of its edition in <html lang> (app.html carries %lang%).
import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { langOf, type Lang } from '$lib/i18n/lang';
import { rosterRows, type RosterRow } from '$lib/roster';
import RosterTable from '$lib/roster/RosterTable.svelte';
import { dataset } from '$lib/server/dataset';
import { datasetIn } from '$lib/server/story';

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

export const handle: Handle = ({ event, resolve }) => {
  const lang = langOf(event.params);
  const route = event.route.id;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang);
      // The roster page has no script: nothing reads its hydration markers either.
      if (route === '/[[lang=lang]]/roster') return out.replace(/<!--[^]*?-->/g, '').replace(TABLE_SLOT, () => rosterTable(lang));
      // The story page's link to the roster page holds an empty anchor per row: a #person-… link elsewhere on
      // the page lands on the link without JavaScript, and Roster.svelte brings the row itself with it.
      if (route === '/[[lang=lang]]') {
        const ids = rowsIn(lang).map((r) => `<span id="person-${r.id}"></span>`).join('');
        return out.replace(IDS_SLOT, (_, open: string, close: string) => `${open}${ids}${close}`);
      }
      return out;
    }
  });
};
