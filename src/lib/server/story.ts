// The story and the visuals' models, built once per dataset per build (the page, the embeds and the share
// cards all ask), in the one direction: data → models → story → scenes. Every step's scene is checked
// against the models here, so a step that cannot be drawn fails the build naming its id.
import type { Dataset } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import { buildStory, modelInput } from '$lib/story';
import type { Story } from '$lib/story/types';
import type { ModelInput, Visual } from '$lib/viz/scenes';
import { buildModel, buildModels, checkSteps, type Models } from '$lib/viz/models';

interface Built {
  story: Story;
  /** The Spanish words for the same steps and scenes; the models are built once from the English story. */
  es?: Story;
  input: ModelInput;
  models: Partial<Models>;
}

const cache = new WeakMap<Dataset, Built>();

function built(d: Dataset): Built {
  let b = cache.get(d);
  if (!b) {
    const story = buildStory(d);
    b = { story, input: modelInput(d, story), models: {} };
    cache.set(d, b);
  }
  return b;
}

export function storyOf(d: Dataset, lang: Lang = 'en'): Story {
  const b = built(d);
  if (lang === 'en') return b.story;
  b.es ??= buildStory(d, 'es');
  return b.es;
}

const steps = (story: Story) => story.sections.flatMap((s) => s.steps);

export function modelsOf(d: Dataset): Models {
  const b = built(d);
  if (!b.models.map || !b.models.network || !b.models.timeline) {
    b.models = buildModels(d, b.input);
    checkSteps(steps(b.story), b.models);
  }
  return b.models as Models;
}

export function modelOf<V extends Visual>(d: Dataset, v: V): Models[V] {
  const b = built(d);
  if (!b.models[v]) {
    const m = buildModel(d, b.input, v);
    checkSteps(steps(b.story), { [v]: m });
    b.models[v] = m;
  }
  return b.models[v]!;
}
