// /s/<section>/: one share page per story section, with its own title, description and card image.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { storyOf } from '$lib/server/story';

const story = storyOf(dataset);

export const entries = () => story.sections.map((s) => ({ section: s.id }));

export const load = ({ params }) => {
  const section = story.sections.find((s) => s.id === params.section);
  if (!section) error(404, 'No such section');
  return { meta: dataset.meta, section: { id: section.id, title: section.title, summary: section.summary } };
};
