// /og.png: the story's own card: its first scene beside the headline and dek.
import { dataset } from '$lib/server/dataset';
import { cardPng, sceneSvg } from '$lib/share/og.server';
import { modelsOf, storyOf } from '$lib/server/story';
import { allSteps, initialStepId } from '$lib/story/engine';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () => {
  const story = storyOf(dataset);
  const id = initialStepId(story);
  const step = allSteps(story).find((r) => r.step.id === id)!.step;
  const png = cardPng({
    title: dataset.meta.title,
    summary: dataset.meta.dek,
    site: new URL(dataset.meta.siteUrl).host,
    scene: sceneSvg(step.scene, modelsOf(dataset), step.id),
    name: 'the story'
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
