// What an embed of one visual needs: that visual's steps and model only.
import type { Dataset } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import { metaIn } from './page-data';
import type { Step, Visual } from '$lib/story/types';
import type { Models } from '$lib/viz/models';
import { modelOf, storyOf } from './story';

export function embedData(d: Dataset, visual: Visual, lang: Lang = 'en') {
  const story = storyOf(d, lang);
  const steps: (Step & { section: string })[] = story.sections.flatMap((s) =>
    s.steps.filter((st) => st.scene.visual === visual).map((st) => ({ ...st, section: s.title }))
  );
  // Only the one model is built and travels; the others are not needed by this embed.
  const models = { [visual]: modelOf(d, visual, lang) } as unknown as Models;
  return { lang, meta: metaIn(d.meta, lang), visual, steps, models };
}
