// What the islands are given: each visual's model travels as JSON (a fetched file, not page data), so it must
// come through JSON unchanged; and the page carries every step's scene in words instead of the models.
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/lang';
import { pageData } from '$lib/server/page-data';
import { modelOf, storyOf } from '$lib/server/story';
import { islandProps, modelPath } from '$lib/story/island';
import { VISUAL_IDS } from '$lib/viz/registry';
import { dataset } from '$lib/server/dataset';

describe('islands', () => {
  it.each(LANGS)('every visual model of the %s edition comes through JSON unchanged', (lang) => {
    expect(VISUAL_IDS).toEqual(['map', 'network', 'timeline']);
    for (const v of VISUAL_IDS) {
      const model = modelOf(dataset, v, lang);
      expect(JSON.parse(JSON.stringify(model)), `${lang} ${v}`).toStrictEqual(model);
    }
  });

  it('models are published per edition at /data/models/<visual>.json', () => {
    expect(modelPath('map', 'en')).toBe('/data/models/map.json');
    expect(modelPath('timeline', 'es')).toBe('/es/data/models/timeline.json');
  });

  it('an island starts from its section’s first step, which is what the server draws', () => {
    const section = storyOf(dataset, 'en').sections.find((s) => s.id === 'families')!;
    const p = islandProps(section, {});
    expect(p.stepId).toBe('families-overview');
    expect(p.scene).toBe(section.steps[0]!.scene);
  });

  it.each(LANGS)('the %s page carries no model, no text the server pours, and a description for every step', (lang) => {
    const data = pageData(dataset, lang) as Record<string, unknown> & ReturnType<typeof pageData>;
    expect('models' in data).toBe(false);
    // The intros and the steps' text come as HTML (hooks.server.ts), and so do the sources they cite.
    expect('sources' in data).toBe(false);
    expect(storyOf(dataset, lang).sections.filter((s) => s.intro.length).length).toBeGreaterThan(3);
    expect(data.story.sections.flatMap((s) => [...s.intro, ...s.steps.flatMap((st) => st.text)])).toEqual([]);
    const ids = data.story.sections.flatMap((s) => s.steps.map((st) => st.id));
    expect(ids.length).toBeGreaterThan(30);
    expect(Object.keys(data.descriptions).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(data.descriptions[id]!.length, id).toBeGreaterThan(20);
  });
});
