// Every section of the story, step by step, on the real data: each step builds, draws from its model, singles
// something out that exists, and cites only sources the dataset has. Before this, only browser tests after a
// build covered the sections.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { buildStory, modelInput, SECTIONS } from '$lib/story';
import type { Inline, Step } from '$lib/story/types';
import { buildModels, checkSteps } from '$lib/viz/models';
import { mapSceneState } from '$lib/viz/map/scene';
import { networkSceneState } from '$lib/viz/network/state';
import { timelineSceneState } from '$lib/viz/timeline/scene';
import { checkMapScene } from '$lib/viz/map/check';
import { checkNetworkScene } from '$lib/viz/network/check';
import { checkTimelineScene } from '$lib/viz/timeline/check';

const d = loadDataset('data');
const story = buildStory(d);
const models = buildModels(d, modelInput(d, story));
const sourceIds = new Set(d.sources.map((s) => s.id));

/** How many things the step's scene singles out, counted on the drawn state. */
function singledOut(step: Step): number {
  const s = step.scene;
  if (s.visual === 'map') {
    const st = mapSceneState(models.map, s.map);
    return Object.values(st.states).filter((x) => x.hl).length + st.points.length + st.arcs.filter((a) => a.hl).length + st.courts.length + (st.path ? 1 : 0);
  }
  if (s.visual === 'network') return networkSceneState(models.network, s.network).nodes.size;
  return timelineSceneState(models.timeline, s.timeline).listed.length;
}

function citations(step: { text: Inline[][] } | { intro: Inline[][] }): string[] {
  const paras = 'text' in step ? step.text : step.intro;
  return paras.flat().flatMap((i) => (typeof i === 'object' && 'sources' in i ? i.sources : []));
}

describe('the story', () => {
  it('has every section SECTIONS lists, in that order, with unique step ids', () => {
    expect(story.sections.map((s) => s.id)).toEqual(['handover', 'territories', 'families', 'forty-years', 'courts', 'bargain', 'roster', 'methods']);
    expect(story.sections).toHaveLength(SECTIONS.length);
    const ids = story.sections.flatMap((s) => s.steps.map((st) => st.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('checks every step against the models without a complaint', () => {
    expect(() => checkSteps(story.sections.flatMap((s) => s.steps), models)).not.toThrow();
  });
});

describe.each(story.sections.map((s) => [s.id, s] as const))('section %s', (_, section) => {
  it('has a title, a summary and, if sticky, steps that all show its visual', () => {
    expect(section.title.length).toBeGreaterThan(2);
    expect(section.summary.length).toBeGreaterThan(20);
    if (section.visual === null) expect(section.steps).toEqual([]);
    else {
      expect(section.steps.length).toBeGreaterThan(0);
      expect(section.steps.map((st) => st.scene.visual)).toEqual(section.steps.map(() => section.visual));
    }
  });

  it('cites only sources in sources.json, in its intro and its steps', () => {
    const cited = [...citations(section), ...section.steps.flatMap(citations)];
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
  });
});

const steps = story.sections.flatMap((s) => s.steps.map((st) => [st.id, st, s.id] as const));

describe.each(steps)('step %s', (id, step, section) => {
  it('has an id of its section, text, and every citation resolving', () => {
    expect(id.startsWith(`${section}-`)).toBe(true);
    expect(step.text.length).toBeGreaterThan(0);
    expect(citations(step).filter((s) => !sourceIds.has(s))).toEqual([]);
  });

  it('draws from its model and singles something out', () => {
    expect(singledOut(step)).toBeGreaterThan(0);
  });
});

describe('the checks catch what the build must refuse', () => {
  it('an unknown zoom, state, place or transfer on the map', () => {
    expect(checkMapScene(models.map, { zoom: 'MX-ZZZ', layer: 'plain', states: ['MX-QQQ'], places: ['atlantis'], flights: ['nope'] })).toEqual([
      'map: no zoom "MX-ZZZ"',
      'map: no state "MX-QQQ"',
      'map: no place "atlantis"',
      'map: no transfer "nope"'
    ]);
  });

  it('a network reach from someone not in the chart, and an empty highlight', () => {
    expect(checkNetworkScene(models.network, { title: 'x', highlight: [{ from: 'nobody' }] })).toEqual(['network: "nobody" is not in the chart (no sourced tie)']);
    expect(checkNetworkScene(models.network, { title: 'x', highlight: [] })).toEqual(['network: the highlight names no one']);
  });

  it('a timeline focus on an unknown event, or on nothing in the era', () => {
    expect(checkTimelineScene(models.timeline, { era: 'all', focus: { events: ['no-such-event'] }, caption: '' })).toEqual(['timeline: no event "no-such-event"']);
    expect(checkTimelineScene(models.timeline, { era: '1985-1989', focus: { transfers: true }, caption: '' })).toEqual(['timeline: nothing stands out in era 1985-1989']);
  });

  it('names the step that cannot be drawn', () => {
    const bad = { id: 'territories-typo', text: [], scene: { visual: 'map' as const, map: { zoom: 'MX-XXX' as const, layer: 'plain' as const } } };
    expect(() => checkSteps([bad], models)).toThrow('step "territories-typo": map: no zoom "MX-XXX"');
  });

  it('a section whose record is missing fails naming its step, never dropping it', () => {
    const without = { ...d, events: d.events.filter((e) => e.id !== 'ieepa-ruling') };
    expect(() => buildStory(without)).toThrow('step "bargain-tariffs": no event "ieepa-ruling"');
    const untied = { ...d, ties: d.ties.filter((t) => t.source !== 'miguel-angel-trevino-morales' && t.target !== 'miguel-angel-trevino-morales') };
    expect(() => buildStory(untied)).toThrow('step "families-trevino"');
  });
});
