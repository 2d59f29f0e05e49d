// /roster/ and /es/roster/: every transferred person in one table, a page with no script. It is what a reader
// without JavaScript follows from the story, and what the story page fetches its rows from.
import { dataset } from '$lib/server/dataset';
import { metaIn } from '$lib/server/page-data';
import { langOf } from '$lib/i18n/lang';

// Nothing on the page reacts: no client JS, and the table itself is poured in by hooks.server.ts.
export const csr = false;

export const load = ({ params }) => {
  const lang = langOf(params);
  return { lang, meta: metaIn(dataset.meta, lang), total: dataset.people.filter((p) => p.transfer).length };
};
