// /s/<section>/: one share page per story section, with its own title, description and card image.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { storyOf } from '$lib/server/story';
import { metaIn } from '$lib/server/page-data';
import { LANGS, langOf } from '$lib/i18n/lang';

// The same section ids in both editions.
export const entries = () => LANGS.flatMap((lang) => storyOf(dataset, lang).sections.map((s) => ({ lang: lang === 'en' ? '' : lang, section: s.id })));

export const load = ({ params }) => {
  const lang = langOf(params);
  const story = storyOf(dataset, lang);
  const section = story.sections.find((s) => s.id === params.section);
  if (!section) error(404, 'No such section');
  return { lang, meta: metaIn(dataset.meta, lang), section: { id: section.id, title: section.title, summary: section.summary } };
};
