// Dates as spans: an event known to the year covers its year, to the month its month, to the day its day.
import { precisionOf, type DatePrecision } from '$lib/data/precision';

const DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of the first day of a reduced-precision ISO date. */
export function dayNumber(y: number, m = 1, d = 1): number {
  return Date.UTC(y, m - 1, d) / DAY;
}

export interface Span {
  /** First day covered (days since 1970-01-01 UTC). */
  start: number;
  /** First day after the span: spans are half-open, so a day is [d, d + 1). */
  end: number;
  precision: DatePrecision;
}

/** The span of days an ISO date of reduced precision stands for. */
export function spanOf(iso: string): Span {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const precision = precisionOf(iso);
  switch (precision) {
    case 'year':
      return { start: dayNumber(y), end: dayNumber(y + 1), precision };
    case 'month':
      return { start: dayNumber(y, m!), end: dayNumber(y, m! + 1), precision };
    case 'day':
      return { start: dayNumber(y, m!, d!), end: dayNumber(y, m!, d!) + 1, precision };
  }
}

/** Where an event sits for ordering: the middle of its span. */
export function midOf(iso: string): number {
  const s = spanOf(iso);
  return (s.start + s.end) / 2;
}

/** A window of time [start, end) in days; `end` is exclusive. */
export interface Window {
  start: number;
  end: number;
}

/** Whether a span overlaps a window at all. */
export function overlaps(s: { start: number; end: number }, w: Window): boolean {
  return s.start < w.end && s.end > w.start;
}

/** Sorts ISO dates of mixed precision by where their spans start, then by precision (coarse first). */
export function compareDates(a: string, b: string): number {
  const sa = spanOf(a);
  const sb = spanOf(b);
  return sa.start - sb.start || sb.end - sa.end;
}
