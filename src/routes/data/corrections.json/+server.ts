// build/data/corrections.json: the dated log of changes to stated facts (see src/lib/data/publish.ts).
import { json } from '@sveltejs/kit';
import { publishCorrections } from '$lib/data/publish';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return json(publishCorrections(dataset));
}
