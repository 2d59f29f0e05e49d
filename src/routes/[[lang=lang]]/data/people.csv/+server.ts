// build/data/people.csv and build/es/data/people.csv: the same rows as people.json, RFC 4180 CSV, arrays joined
// with " | "; the Spanish edition's with Spanish column names and text (src/lib/data/publish-es.ts).
import { peopleCsv } from '$lib/data/publish';
import { peopleCsvEs } from '$lib/data/publish-es';
import { langOf } from '$lib/i18n/lang';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET({ params }) {
  const csv = langOf(params) === 'es' ? peopleCsvEs(dataset) : peopleCsv(dataset);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
