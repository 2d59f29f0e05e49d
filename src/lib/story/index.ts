// The whole story, built from the dataset: section order is the reading order.
import type { Dataset } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import type { ModelInput, SceneOf, Visual } from '$lib/viz/scenes';
import type { Section, Story } from './types';
import { clusters } from './clusters';
import handover from './sections/handover';
import territories from './sections/territories';
import families from './sections/families';
import fortyYears from './sections/forty-years';
import courts from './sections/courts';
import bargain from './sections/bargain';
import roster from './sections/roster';
import methods from './sections/methods';

/**
 * The sections in reading order, each with the visual its steps show (null: prose only). A new section: one
 * file in sections/, one line here (see README). The visual is also stated here so one visual's scenes can be
 * built without the others (a unit test of the timeline needs no family ties).
 */
export const SECTIONS: { visual: Visual | null; build: (d: Dataset, lang: Lang) => Section }[] = [
  { visual: 'map', build: handover },
  { visual: 'map', build: territories },
  { visual: 'network', build: families },
  { visual: 'timeline', build: fortyYears },
  { visual: 'map', build: courts },
  { visual: 'timeline', build: bargain },
  { visual: null, build: roster },
  { visual: null, build: methods }
];

/**
 * The story in one language. Each section computes its facts (queries, counts, step ids, scenes, sources) the same
 * way in both; only the sentences differ (tests/unit/story-parity.test.ts holds both languages to that).
 */
export function buildStory(d: Dataset, lang: Lang = 'en'): Story {
  return {
    sections: SECTIONS.map(({ visual, build }) => {
      const s = build(d, lang);
      if (s.visual !== visual) throw new Error(`section "${s.id}" shows ${s.visual}, but SECTIONS lists it with ${visual}`);
      return s;
    })
  };
}

/** What the visuals' model builders take from the story: every step's scene and the editorial clusters. */
export function modelInput(d: Dataset, story: Story = buildStory(d), lang: Lang = 'en'): ModelInput {
  return { scenes: story.sections.flatMap((s) => s.steps.map((st) => st.scene)), clusters: clusters(d, lang), lang };
}

/** One visual's scenes in the story, in reading order (in one edition: their captions and titles are its words). */
export function scenesFor<V extends Visual>(d: Dataset, v: V, lang: Lang = 'en'): SceneOf[V][] {
  return SECTIONS.filter((s) => s.visual === v)
    .flatMap((s) => s.build(d, lang).steps)
    .flatMap((st) => (st.scene.visual === v ? [(st.scene as unknown as Record<V, SceneOf[V]>)[v]] : []));
}
