// build/data/ties.json: data/ties.json as validated at build time.
import { json } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return json(dataset.ties);
}
