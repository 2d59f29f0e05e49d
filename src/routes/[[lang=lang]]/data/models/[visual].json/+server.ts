// build/data/models/<visual>.json (and /es/…): a visual's model, what its island needs to hydrate the server's
// drawing; fetched when the island wakes, so the story page does not carry every chart's data (issue 15).
import { error, json } from '@sveltejs/kit';
import { LANGS, langOf } from '$lib/i18n/lang';
import { dataset } from '$lib/server/dataset';
import { modelOf } from '$lib/server/story';
import { VISUAL_IDS } from '$lib/viz/registry';
import type { Visual } from '$lib/viz/scenes';

export const prerender = true;

export const entries = () => LANGS.flatMap((lang) => VISUAL_IDS.map((visual) => ({ lang: lang === 'en' ? '' : lang, visual })));

export function GET({ params }) {
  const visual = params.visual as Visual;
  if (!VISUAL_IDS.includes(visual)) error(404, `no visual "${params.visual}"`);
  return json(modelOf(dataset, visual, langOf(params)));
}
