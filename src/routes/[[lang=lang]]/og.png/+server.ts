// /og.png and /es/og.png: each edition's own card: its first scene beside the headline and dek.
import { dataset } from '$lib/server/dataset';
import { cardPng, sceneSvg } from '$lib/share/og.server';
import { modelsOf, storyOf } from '$lib/server/story';
import { metaIn } from '$lib/server/page-data';
import { allSteps, initialStepId } from '$lib/story/engine';
import { LANGS, langOf } from '$lib/i18n/lang';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = () => LANGS.map((lang) => ({ lang: lang === 'en' ? '' : lang }));

export const GET = ({ params }) => {
  const lang = langOf(params);
  const story = storyOf(dataset, lang);
  const meta = metaIn(dataset.meta, lang);
  const id = initialStepId(story);
  const step = allSteps(story).find((r) => r.step.id === id)!.step;
  const png = cardPng({
    title: meta.title,
    summary: meta.dek,
    site: new URL(meta.siteUrl).host,
    scene: sceneSvg(step.scene, modelsOf(dataset, lang), step.id),
    name: lang === 'en' ? 'the story' : `the story (${lang})`
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
