// /embed-codes/: what a newsroom pastes to embed the story or one of its visuals, per step.
import { dataset } from '$lib/server/dataset';
import { storyOf } from '$lib/server/story';
import { VISUALS, VISUAL_IDS } from '$lib/viz/registry';
import { m } from '$lib/paraglide/messages.js';
import { langOf } from '$lib/i18n/lang';
import { metaIn } from '$lib/server/page-data';

export const load = ({ params }) => {
  const lang = langOf(params);
  const locale = { locale: lang };
  const story = storyOf(dataset, lang);
  const sticky = story.sections.filter((s) => s.visual && s.steps.length);
  const stepsOf = (visual: string | null) =>
    sticky.flatMap((s, si) =>
      s.steps
        .filter((st) => visual === null || st.scene.visual === visual)
        .map((st) => ({ id: st.id, label: m.embed_codes_step_n({ section: s.title, n: s.steps.indexOf(st) + 1 }, locale), section: si }))
    );
  const embeds = [
    { key: 'story', visual: null, label: m.embed_codes_whole_story({}, locale) },
    ...VISUAL_IDS.map((v) => ({ key: v, visual: v, label: VISUALS[v].label[lang] }))
  ].map((e) => ({
    ...e,
    // The story embed is narrowed by section or step; the visuals by step.
    targets:
      e.visual === null
        ? sticky.map((s) => ({ id: s.id, label: s.title }))
        : stepsOf(e.visual).map(({ id, label }) => ({ id, label }))
  }));
  return { lang, meta: metaIn(dataset.meta, lang), embeds };
};
