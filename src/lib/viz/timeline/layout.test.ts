import { describe, expect, it } from 'vitest';
import { spanOf } from './dates';
import { CHAR_EM } from './labels';
import {
  GEOMETRY,
  labelWidth,
  layoutEra,
  layoutSceneLabels,
  renderedFontSize,
  renderedWidth,
  widthClass,
  type Label
} from './layout';
import { buildTimelineModel } from './model';
import { scenesFor } from '$lib/story';
import { linearScale, yearTicks } from './scale';
import { ERAS, type TimelineScene } from './scene';
import { loadDataset } from '$lib/data/load';

// The real data: the story's timeline scenes pick its events by id and tag, at the real density.
const d = loadDataset('data');
const model = buildTimelineModel(d, scenesFor(d, 'timeline'));
const WIDTHS = [320, 390, 768, 1440];

// Every scene the story uses, plus stress cases: everything highlighted in each era.
const scenes: TimelineScene[] = [
  ...scenesFor(d, 'timeline'),
  ...ERAS.map((era) => ({ era, caption: `all of ${era}` })),
  { era: 'all', focus: { categories: ['court'] }, caption: 'courts' }
];

describe('linear scale and year ticks', () => {
  const w = { start: spanOf('1985').start, end: spanOf('2026-03-20').end };
  const y = linearScale(w, [12, 432]);
  it('maps the window onto the range, linearly', () => {
    expect(y(w.start)).toBe(12);
    expect(y(w.end)).toBeCloseTo(432, 6);
    expect(y((w.start + w.end) / 2)).toBeCloseTo(222, 6);
  });
  it('labels years no closer than the gap asked for, and always the first', () => {
    const ticks = yearTicks(y, 24);
    expect(ticks[0]).toMatchObject({ year: 1985, label: true });
    expect(ticks.at(-1)!.year).toBe(2026);
    const named = ticks.filter((t) => t.label);
    for (let i = 1; i < named.length; i++) expect(named[i]!.y - named[i - 1]!.y).toBeGreaterThanOrEqual(24 - 0.1);
    expect(ticks).toHaveLength(2026 - 1985 + 1);
  });
});

describe('date precision on the chart', () => {
  for (const cls of ['narrow', 'wide'] as const) {
    const g = GEOMETRY[cls];
    it(`${cls}: a day is a point, a month or year a span as long as its month or year`, () => {
      const era = layoutEra(model.events, '2013-2017', model.asOf, g);
      const perDay = (g.bottom - g.top) / (spanOf('2017').end - spanOf('2013').start);
      let seen = { day: 0, month: 0, year: 0 };
      for (const [i, y0, y1] of era.marks) {
        const s = spanOf(model.events[i]!.date);
        seen[s.precision]++;
        if (s.precision === 'day') expect(y1).toBe(y0);
        else expect(y1 - y0).toBeCloseTo((s.end - s.start) * perDay, 0);
      }
      expect(seen.day).toBeGreaterThan(0);
      expect(seen.month).toBeGreaterThan(0);
    });
    it(`${cls}: a year-precision event in the full view spans its whole year`, () => {
      const era = layoutEra(model.events, 'all', model.asOf, g);
      const i = model.events.findIndex((e) => e.date.length === 4 && e.date >= '1985');
      const m = era.marks.find((x) => x[0] === i)!;
      const ticks = Object.fromEntries(era.ticks.map(([y, year]) => [year, y]));
      const year = Number(model.events[i]!.date);
      expect(m[1]).toBeCloseTo(ticks[year]!, 0);
      expect(m[2]).toBeCloseTo(ticks[year + 1]!, 0);
    });
    it(`${cls}: every mark of every era lies inside the chart`, () => {
      for (const e of ERAS)
        for (const [, y0, y1] of layoutEra(model.events, e, model.asOf, g).marks) {
          expect(y0).toBeGreaterThanOrEqual(g.top);
          expect(y1).toBeLessThanOrEqual(g.bottom + 0.05);
        }
    });
  }
});

describe.each(WIDTHS)('labels at a %i px viewport', (vw) => {
  const cls = widthClass(vw);
  const g = GEOMETRY[cls];

  it(`uses the ${vw < 600 ? 'narrow' : 'wide'} layout and renders text at 11 px or more`, () => {
    expect(cls).toBe(vw < 600 ? 'narrow' : 'wide');
    expect(renderedWidth(vw)).toBeLessThanOrEqual(vw);
    expect(renderedFontSize(vw)).toBeGreaterThanOrEqual(11);
  });

  it.each(scenes.map((s) => [s.caption, s] as const))('%s: no label overlaps another, the marks or the edge', (_, scene) => {
    const labels: Label[] = layoutSceneLabels(model, scene, cls);
    const boxes = labels.map(([, y, ...lines]) => ({ y, h: lines.length * g.lineHeight, lines }));
    boxes.sort((a, b) => a.y - b.y);
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i]!;
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.h).toBeLessThanOrEqual(g.height);
      if (i) expect(b.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.h);
      for (const line of b.lines) {
        // Right of the lanes and the transfer marks, and inside the right edge, by a generous estimate.
        expect(g.labelX).toBeGreaterThan(g.laneX + 7 * g.laneW + g.transferR - g.laneW / 2);
        expect(g.labelX + line.length * g.fontSize * CHAR_EM).toBeLessThanOrEqual(g.labelX + labelWidth(g));
        expect(g.labelX + labelWidth(g)).toBeLessThanOrEqual(g.width);
      }
    }
    // A scene that highlights few enough events labels every one of them.
    if (scene.focus?.people) expect(labels.length).toBeGreaterThan(0);
  });

  it('the model holds the story scenes’ labels as laid out here', () => {
    for (const scene of scenesFor(d, 'timeline')) {
      const key = Object.keys(model.labels).find((k) => k === JSON.stringify([scene.era, scene.focus?.categories ?? null, scene.focus?.people ?? null, scene.focus?.events ?? null, scene.focus?.from ?? null, scene.focus?.to ?? null, scene.focus?.transfers ?? null]));
      expect(key).toBeDefined();
      expect(model.labels[key!]![cls]).toEqual(layoutSceneLabels(model, scene, cls));
    }
  });
});

describe('the three transfers', () => {
  it('carry their index and count from transfers.json', () => {
    const marked = model.events.filter((e) => e.tr !== undefined);
    expect(marked.map((e) => e.n)).toEqual(d.transfers.map((t) => t.count));
    expect(marked.map((e) => e.date)).toEqual(d.transfers.map((t) => t.date));
  });
  it('are labelled in every scene that highlights them, even when the column is full', () => {
    const scene: TimelineScene = { era: '2025-2026', caption: 'everything' };
    for (const cls of ['narrow', 'wide'] as const) {
      const labelled = new Set(layoutSceneLabels(model, scene, cls).map((l) => l[0]));
      model.events.forEach((e, i) => {
        if (e.tr !== undefined) expect(labelled.has(i)).toBe(true);
      });
    }
  });
});
