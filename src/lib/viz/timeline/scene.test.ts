import { describe, expect, it } from 'vitest';
import { buildTimelineModel } from './model';
import { scenesFor } from '$lib/story';
import { describeTimeline, eraWindow, timelineSceneState, ERA_YEARS, ERAS, type TimelineScene } from './scene';
import { loadDataset } from '$lib/data/load';

// The real data: the story's timeline scenes pick its events by id and tag, at the real density.
const d = loadDataset('data');
const model = buildTimelineModel(d, scenesFor(d, 'timeline'));
const ev = d.events;
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const inEra = (iso: string, era: (typeof ERAS)[number]) => {
  const [a, b] = ERA_YEARS[era];
  return yearOf(iso) >= a && (b === null ? iso <= d.meta.asOf : yearOf(iso) <= b);
};
const idsOf = (st: ReturnType<typeof timelineSceneState>) => st.listed.map((i) => model.events[i]!.id).sort();

describe('timelineSceneState', () => {
  it.each(ERAS)('era %s shows the events dated inside it', (era) => {
    const st = timelineSceneState(model, { era, caption: era });
    const expected = ev.filter((e) => inEra(e.date, era)).map((e) => e.id).sort();
    expect(st.visible.map((i) => model.events[i]!.id).sort()).toEqual(expected);
    // Without a focus every visible event stands out.
    expect(idsOf(st)).toEqual(expected);
  });

  it('the full view ends at the "as of" date', () => {
    expect(eraWindow('all', d.meta.asOf).end).toBe(Date.UTC(2026, 2, 21) / 86_400_000);
  });

  it('highlights a category', () => {
    const st = timelineSceneState(model, { era: '2025-2026', focus: { categories: ['policy-trade'] }, caption: '' });
    const expected = ev.filter((e) => e.category === 'policy-trade' && inEra(e.date, '2025-2026')).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(idsOf(st)).toEqual(expected);
  });

  it('follows one person across forty years', () => {
    const st = timelineSceneState(model, { era: 'all', focus: { people: ['rafael-caro-quintero'] }, caption: '' });
    const expected = ev.filter((e) => e.people.includes('rafael-caro-quintero')).map((e) => e.id).sort();
    expect(idsOf(st)).toEqual(expected);
    const years = new Set(st.listed.map((i) => yearOf(model.events[i]!.date)));
    for (const y of [1985, 2013, 2022, 2025]) expect(years.has(y)).toBe(true);
    expect([...years].every((y) => y <= 2026)).toBe(true);
  });

  it('a date range overlaps by precision: "2015" catches a month in 2015 but not December 2014', () => {
    const st = timelineSceneState(model, { era: '2013-2017', focus: { categories: ['arrest'], from: '2015', to: '2015' }, caption: '' });
    const expected = ev.filter((e) => e.category === 'arrest' && e.date.startsWith('2015')).map((e) => e.id).sort();
    expect(expected.some((id) => ev.find((e) => e.id === id)!.date.length === 7)).toBe(true);
    expect(idsOf(st)).toEqual(expected);
  });

  it('the transfers focus picks the events tied to a transfer', () => {
    const st = timelineSceneState(model, { era: '2025-2026', focus: { transfers: true }, caption: '' });
    expect(idsOf(st)).toEqual(ev.filter((e) => e.transfer).map((e) => e.id).sort());
  });

  it('every story scene lists only highlighted, visible events, in date order', () => {
    for (const scene of scenesFor(d, 'timeline')) {
      const st = timelineSceneState(model, scene);
      for (const i of st.listed) expect(st.visible.includes(i)).toBe(true);
      const dates = st.listed.map((i) => model.events[i]!.date);
      expect([...dates].sort()).toEqual(dates);
    }
  });
});

describe('describeTimeline', () => {
  it('names the window, the caption and the count', () => {
    const scene: TimelineScene = { era: '2025-2026', focus: { transfers: true }, caption: 'the three transfers' };
    const text = describeTimeline(model, scene);
    expect(text).toContain('2025 to 20 March 2026');
    expect(text).toContain('the three transfers');
    expect(text).toContain(`${ev.filter((e) => e.transfer).length} events shown`);
    expect(text).toContain('from 27 February 2025 to 20 January 2026');
  });
});
