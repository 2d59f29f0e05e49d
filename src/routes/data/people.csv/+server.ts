// build/data/people.csv: the same rows as people.json, RFC 4180 CSV, arrays joined with " | ".
import { peopleCsv } from '$lib/data/publish';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return new Response(peopleCsv(dataset), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
