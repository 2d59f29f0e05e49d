// /embed/map/, /embed/network/, /embed/timeline/: one visual alone, for iframes.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { embedData } from '$lib/server/embed-data';
import { VISUAL_IDS } from '$lib/viz/registry';
import { LANGS, langOf } from '$lib/i18n/lang';

export const entries = () => LANGS.flatMap((lang) => VISUAL_IDS.map((visual) => ({ lang: lang === 'en' ? '' : lang, visual })));

export const load = ({ params }) => {
  const visual = VISUAL_IDS.find((v) => v === params.visual);
  if (!visual) error(404, 'No such visual');
  return embedData(dataset, visual, langOf(params));
};
