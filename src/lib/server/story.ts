// The story and the visuals' models, built once per dataset and edition per build (the page, the embeds and the
// share cards all ask), in the one direction: data → models → story → scenes. The Spanish edition is built from
// the same records with their Spanish text (localize), so its facts, steps and scenes are the English ones.
// Every step's scene is checked against the models here, so a step that cannot be drawn fails the build naming its id.
import { localize } from '$lib/data/localize';
import type { Dataset } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import { buildStory, modelInput } from '$lib/story';
import type { Story } from '$lib/story/types';
import type { ModelInput, Visual } from '$lib/viz/scenes';
import { buildModel, buildModels, checkSteps, type Models } from '$lib/viz/models';

interface Built {
  story: Story;
  input: ModelInput;
  models: Partial<Models>;
}

const cache = new WeakMap<Dataset, Partial<Record<Lang, Built>>>();

function built(d: Dataset, lang: Lang): Built {
  const byLang = cache.get(d) ?? {};
  cache.set(d, byLang);
  let b = byLang[lang];
  if (!b) {
    const story = buildStory(localize(d, lang), lang);
    b = { story, input: modelInput(localize(d, lang), story, lang), models: {} };
    byLang[lang] = b;
  }
  return b;
}

/** The reader's dataset: the records with their text in the edition's language. */
export function datasetIn(d: Dataset, lang: Lang): Dataset {
  return localize(d, lang);
}

export function storyOf(d: Dataset, lang: Lang = 'en'): Story {
  return built(d, lang).story;
}

const steps = (story: Story) => story.sections.flatMap((s) => s.steps);

export function modelsOf(d: Dataset, lang: Lang = 'en'): Models {
  const b = built(d, lang);
  if (!b.models.map || !b.models.network || !b.models.timeline) {
    b.models = buildModels(localize(d, lang), b.input);
    checkSteps(steps(b.story), b.models);
  }
  return b.models as Models;
}

export function modelOf<V extends Visual>(d: Dataset, v: V, lang: Lang = 'en'): Models[V] {
  const b = built(d, lang);
  if (!b.models[v]) {
    const m = buildModel(localize(d, lang), b.input, v);
    checkSteps(steps(b.story), { [v]: m });
    b.models[v] = m;
  }
  return b.models[v]!;
}
