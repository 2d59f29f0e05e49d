// /s/<section>/og.png: the section's share card, made at build time.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { cardPng, sceneSvg } from '$lib/share/og.server';
import { footName } from '$lib/share/card';
import { modelsOf, storyOf } from '$lib/server/story';
import { LANGS, langOf } from '$lib/i18n/lang';
import { metaIn } from '$lib/server/page-data';

export const prerender = true;
// A file, not a folder: /s/<id>/og.png, never /s/<id>/og.png/.
export const trailingSlash = 'never';

export const entries = () => LANGS.flatMap((lang) => storyOf(dataset, lang).sections.map((s) => ({ lang: lang === 'en' ? '' : lang, section: s.id })));

export const GET = ({ params }) => {
  const lang = langOf(params);
  const story = storyOf(dataset, lang);
  const section = story.sections.find((s) => s.id === params.section);
  if (!section) error(404, 'No such section');
  const first = section.visual ? section.steps[0] : undefined;
  const scene = first ? sceneSvg(first.scene, modelsOf(dataset, lang), first.id, lang) : null;
  // A sticky section's card shows its first scene; one that lost it would be a text card nobody asked for.
  if (first && !scene) throw new Error(`share card for section "${section.id}": step "${first.id}" drew no chart <svg>`);
  const png = cardPng({ title: section.title, summary: section.summary, site: footName(metaIn(dataset.meta, lang).title), scene, name: `section "${section.id}"` });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
