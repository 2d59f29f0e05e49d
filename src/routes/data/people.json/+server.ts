// build/data/people.json: one flat object per transferred person (see src/lib/data/publish.ts).
import { json } from '@sveltejs/kit';
import { publishPeople } from '$lib/data/publish';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return json(publishPeople(dataset));
}
