// build/data/people.json and build/es/data/people.json: one flat object per transferred person (see
// src/lib/data/publish.ts); the Spanish edition's with Spanish keys and text (publish-es.ts).
import { json } from '@sveltejs/kit';
import { publishPeople } from '$lib/data/publish';
import { publishPeopleEs } from '$lib/data/publish-es';
import { langOf } from '$lib/i18n/lang';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET({ params }) {
  return json(langOf(params) === 'es' ? publishPeopleEs(dataset) : publishPeople(dataset));
}
