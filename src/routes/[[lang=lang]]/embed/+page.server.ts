// /embed/: the whole story for an iframe, unrolled. Needs the story, all three models and the cited sources.
import { dataset } from '$lib/server/dataset';
import { embedPageData } from '$lib/server/page-data';
import { langOf } from '$lib/i18n/lang';

export const load = ({ params }) => {
  const { lang, meta, story, models, sources } = embedPageData(dataset, langOf(params));
  return { lang, meta, story, models, sources };
};
