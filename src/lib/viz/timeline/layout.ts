// Geometry of the timeline per width class, and the build-time layout of eras (marks, ticks) and scenes
// (labels). Time runs down the chart at every width: phones are tall, and a vertical axis lets titles run
// across the screen instead of being crammed between neighbours on a horizontal one.
import { overlaps, spanOf } from './dates';
import { layoutLabels, type LabelInput } from './labels';
import { linearScale, r1, yearTicks } from './scale';
import { eraWindow, timelineSceneState, type EraId, type TimelineScene } from './scene';
import type { TimelineEvent, TimelineEvents } from './events';

export const WIDTH_CLASSES = ['narrow', 'wide'] as const;
export type WidthClass = (typeof WIDTH_CLASSES)[number];

/** Viewport width (CSS px) from which the wide layout is shown; Timeline.svelte's media query uses the same. */
export const BREAKPOINT = 600;
/** The story's two-column grid starts here (Story.svelte). */
const TWO_COLUMNS = 900;

export interface Geometry {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Right edge of the year labels. */
  tickX: number;
  laneX: number;
  laneW: number;
  mark: number;
  transferR: number;
  labelX: number;
  top: number;
  bottom: number;
  maxLines: number;
  /** Largest scale-up CSS allows (max-width = width × this). */
  maxScale: number;
}

export const GEOMETRY: Record<WidthClass, Geometry> = {
  narrow: {
    width: 320,
    height: 440,
    fontSize: 12.5,
    lineHeight: 15,
    tickX: 32,
    laneX: 38,
    laneW: 12,
    mark: 8,
    transferR: 11,
    labelX: 136,
    top: 12,
    bottom: 432,
    maxLines: 3,
    maxScale: 1.3
  },
  wide: {
    width: 560,
    height: 600,
    fontSize: 13,
    lineHeight: 16,
    tickX: 38,
    laneX: 46,
    laneW: 18,
    mark: 10,
    transferR: 14,
    labelX: 184,
    top: 12,
    bottom: 590,
    maxLines: 2,
    maxScale: 1.2
  }
};

export function widthClass(viewport: number): WidthClass {
  return viewport >= BREAKPOINT ? 'wide' : 'narrow';
}

/**
 * The CSS width the chart is drawn at for a viewport width, following the page's layout: full width
 * less the graphic's padding on one column, three fifths of the width beside the text on two, and never
 * more than `maxScale` times the design width.
 */
export function renderedWidth(viewport: number): number {
  const g = GEOMETRY[widthClass(viewport)];
  const box = viewport >= TWO_COLUMNS ? ((viewport - 32) * 3) / 5 - 16 : viewport - 16;
  return Math.min(box, g.width * g.maxScale);
}

/** The font size a reader sees at a viewport width. */
export function renderedFontSize(viewport: number): number {
  const g = GEOMETRY[widthClass(viewport)];
  return (g.fontSize * renderedWidth(viewport)) / g.width;
}

export function laneCenter(g: Geometry, category: number): number {
  return g.laneX + g.laneW * category + g.laneW / 2;
}

/** Room for label text: from the label column to the right edge. */
export function labelWidth(g: Geometry): number {
  return g.width - g.labelX - 4;
}

/** [event index, y top, y bottom]; a day event has top = bottom. */
export type Mark = [number, number, number];
/** [y, year, 1 if the year is written]. */
export type TickRow = [number, number, 0 | 1];

export interface EraLayout {
  ticks: TickRow[];
  marks: Mark[];
}

type Ev = Pick<TimelineEvent, 'date'>;

export function layoutEra(events: Ev[], era: EraId, asOf: string, g: Geometry): EraLayout {
  const w = eraWindow(era, asOf);
  const y = linearScale(w, [g.top, g.bottom]);
  const marks: Mark[] = [];
  events.forEach((e, i) => {
    const s = spanOf(e.date);
    if (!overlaps(s, w)) return;
    if (s.precision === 'day') {
      const c = r1(y(s.start + 0.5));
      marks.push([i, c, c]);
    } else {
      marks.push([i, r1(y(Math.max(s.start, w.start))), r1(y(Math.min(s.end, w.end)))]);
    }
  });
  const ticks = yearTicks(y, g.lineHeight * 1.6).map((t): TickRow => [t.y, t.year, t.label ? 1 : 0]);
  return { ticks, marks };
}

/** [event index, y of the label's top, ...lines]. */
export type Label = [number, number, ...string[]];

/**
 * Labels of a scene: the highlighted events, placed without overlap. When the column is full the mass
 * transfers keep theirs and the latest of the rest give way first.
 */
export function layoutSceneLabels(model: TimelineEvents, scene: TimelineScene, cls: WidthClass): Label[] {
  const g = GEOMETRY[cls];
  const era = layoutEra(model.events, scene.era, model.asOf, g);
  const st = timelineSceneState(model, scene);
  const inputs: LabelInput[] = [];
  for (const [i, y0, y1] of era.marks) {
    if (!st.highlighted.has(i)) continue;
    const e = model.events[i]!;
    inputs.push({
      key: i,
      anchor: (y0 + y1) / 2,
      text: e.t,
      priority: e.tr !== undefined ? 1 : 0
    });
  }
  return layoutLabels(inputs, {
    top: g.top - 6,
    bottom: g.bottom + 6,
    width: labelWidth(g),
    fontSize: g.fontSize,
    lineHeight: g.lineHeight,
    gap: 3,
    maxLines: g.maxLines
  }).map((l): Label => [l.key, l.y, ...l.lines]);
}

/** A stable key for a scene: the model stores label layouts under it. */
export function sceneKey(scene: TimelineScene): string {
  const f = scene.focus ?? {};
  return JSON.stringify([
    scene.era,
    f.categories ?? null,
    f.people ?? null,
    f.events ?? null,
    f.from ?? null,
    f.to ?? null,
    f.transfers ?? null
  ]);
}
