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
import { localize } from '$lib/data/localize';

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

// The Spanish edition: the same scenes over the events' Spanish titles, which run longer.
const dEs = localize(d, 'es');
const modelEs = buildTimelineModel(dEs, scenesFor(dEs, 'timeline', 'es'));
const scenesEs: TimelineScene[] = [
  ...scenesFor(dEs, 'timeline', 'es'),
  ...ERAS.map((era) => ({ era, caption: `todo ${era}` })),
  { era: 'all', focus: { categories: ['court'] }, caption: 'tribunales' }
];
const EDITIONS = [
  ['en', model, scenes, scenesFor(d, 'timeline')],
  ['es', modelEs, scenesEs, scenesFor(dEs, 'timeline', 'es')]
] as const;

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
  // A chart one pixel tall per day, so each mark's ends can be worked out by counting days by hand.
  // 2013–2017 runs 2013-01-01 … 2018-01-01: 4 × 365 + 366 = 1,826 days.
  const perDay = { ...GEOMETRY.narrow, top: 0, bottom: 1826 };
  it('a day is a point in the middle of its day, a month or a year a span of its own length', () => {
    const events = [{ date: '2014' }, { date: '2016-02' }, { date: '2015-06-15' }, { date: '2017-12' }, { date: '2012' }, { date: '2018-01-01' }];
    expect(layoutEra(events, '2013-2017', '2026-03-20', perDay).marks).toEqual([
      [0, 365, 730], // 2014: after 2013's 365 days, 365 long
      [1, 1126, 1155], // February 2016: 3 × 365 + 31 days in, 29 long (a leap year)
      [2, 895.5, 895.5], // 15 June 2015: 2 × 365 + 165 days in, at the day's middle
      [3, 1795, 1826] // December 2017: 3 × 365 + 366 + 334 days in, 31 long
      // 2012 and 1 January 2018 fall outside the era: no mark.
    ]);
  });
  it('the full view ends at the day after the "as of" date, and cuts a year there', () => {
    // 1985-01-01 … 2026-01-01 is 41 × 365 + 10 leap days = 14,975 days; 2026-03-21 is 79 days later.
    const full = { ...GEOMETRY.narrow, top: 0, bottom: 15054 };
    expect(layoutEra([{ date: '2026' }, { date: '1985-01' }], 'all', '2026-03-20', full).marks).toEqual([
      [0, 14975, 15054],
      [1, 0, 31]
    ]);
  });

  for (const cls of ['narrow', 'wide'] as const) {
    const g = GEOMETRY[cls];
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

describe.each(EDITIONS.flatMap(([lang, model, scenes, story]) => WIDTHS.map((vw) => [vw, lang, model, scenes, story] as const)))('labels at a %i px viewport (%s)', (vw, _lang, model, scenes, story) => {
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
  });

  it('labels every scene that follows people', () => {
    const following = scenes.filter((s) => s.focus?.people);
    expect(following.length).toBeGreaterThan(0);
    for (const s of following) expect(layoutSceneLabels(model, s, cls).length, s.caption).toBeGreaterThan(0);
  });

  it('the model holds the story scenes’ labels as laid out here', () => {
    for (const scene of story) {
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
      const transfers = model.events.flatMap((e, i) => (e.tr === undefined ? [] : [i]));
      expect(transfers).toHaveLength(d.transfers.length);
      expect(transfers.filter((i) => !labelled.has(i))).toEqual([]);
    }
  });
});
