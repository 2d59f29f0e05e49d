// build/data/ties.json: data/ties.json as validated at build time; build/es/data/ties.json: the same records in
// Spanish, with Spanish keys (src/lib/data/publish-es.ts).
import { json } from '@sveltejs/kit';
import { publishRecordsEs } from '$lib/data/publish-es';
import { langOf } from '$lib/i18n/lang';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET({ params }) {
  return json(langOf(params) === 'es' ? publishRecordsEs(dataset, 'ties') : dataset.ties);
}
