// What an embed of one visual needs: that visual's steps and model only.
import type { Dataset } from '$lib/data/schema';
import { buildStory } from '$lib/story';
import type { Step, Visual } from '$lib/story/types';
import { buildModels, type Models } from '$lib/viz/models';

export function embedData(d: Dataset, visual: Visual) {
  const story = buildStory(d);
  const steps: (Step & { section: string })[] = story.sections.flatMap((s) =>
    s.steps.filter((st) => st.scene.visual === visual).map((st) => ({ ...st, section: s.title }))
  );
  const all = buildModels(d);
  // Only the one model travels; the others are not needed by this embed.
  const models = { [visual]: all[visual] } as unknown as Models;
  return { meta: d.meta, visual, steps, models };
}
