// The time axis: a linear map from days to pixels down the chart, and its year ticks. Plain arithmetic,
// run at build time; the browser only reads the numbers it produced.
import { dayNumber, type Window } from './dates';

export interface Scale {
  (day: number): number;
  domain: Window;
  range: [number, number];
}

export function linearScale(domain: Window, range: [number, number]): Scale {
  const k = (range[1] - range[0]) / (domain.end - domain.start);
  const f = ((day: number) => range[0] + (day - domain.start) * k) as Scale;
  f.domain = domain;
  f.range = range;
  return f;
}

/** Round to one decimal: the model is serialised into the page. */
export const r1 = (v: number) => Math.round(v * 10) / 10;

export interface Tick {
  /** The year the tick starts. */
  year: number;
  y: number;
  /** Whether the year is written next to the tick (every tick is drawn). */
  label: boolean;
}

/**
 * A tick at the start of each year inside the window, and a label on every nth year so that labels
 * stay at least `minGap` pixels apart (n in 1, 2, 5, 10).
 */
export function yearTicks(scale: Scale, minGap: number): Tick[] {
  const y0 = new Date(scale.domain.start * 86_400_000).getUTCFullYear();
  const y1 = new Date((scale.domain.end - 1) * 86_400_000).getUTCFullYear();
  const perYear = Math.abs(scale(dayNumber(2001)) - scale(dayNumber(2000)));
  const every = [1, 2, 5, 10].find((n) => n * perYear >= minGap) ?? 10;
  const ticks: Tick[] = [];
  for (let year = y0; year <= y1; year++) {
    const day = dayNumber(year);
    if (day < scale.domain.start) continue;
    ticks.push({ year, y: r1(scale(day)), label: year % every === 0 || year === y0 });
  }
  // The first year is always named; drop a regular label that would crowd it.
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i]!.label && ticks[i]!.y - ticks[0]!.y < minGap && ticks[0]!.label) ticks[i]!.label = false;
  }
  return ticks;
}
