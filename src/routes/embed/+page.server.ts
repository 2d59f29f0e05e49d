// /embed/: the whole story for an iframe, unrolled. Needs the story, all three models and the cited sources.
import { dataset } from '$lib/server/dataset';
import { pageData } from '$lib/server/page-data';

export const load = () => {
  const { meta, story, models, sources } = pageData(dataset);
  return { meta, story, models, sources };
};
