import { describe, expect, it } from 'vitest';
import { compareDates, overlaps, spanOf } from './dates';

const days = (iso: string) => {
  const s = spanOf(iso);
  return s.end - s.start;
};

describe('spanOf: a date covers exactly what its precision says', () => {
  it.each([
    ['1989', 365, 'year'],
    ['2024', 366, 'year'],
    ['2025-02', 28, 'month'],
    ['2024-02', 29, 'month'],
    ['2011-03', 31, 'month'],
    ['1985-02-07', 1, 'day']
  ])('%s spans %i days at %s precision', (iso, n, precision) => {
    expect(days(iso)).toBe(n);
    expect(spanOf(iso).precision).toBe(precision);
  });

  it('a month starts on its first day and a year on 1 January', () => {
    expect(spanOf('2025-08').start).toBe(spanOf('2025-08-01').start);
    expect(spanOf('2025-08').end).toBe(spanOf('2025-09-01').start);
    expect(spanOf('1989').start).toBe(spanOf('1989-01-01').start);
    expect(spanOf('1989').end).toBe(spanOf('1990-01-01').start);
    expect(spanOf('2025-12').end).toBe(spanOf('2026-01-01').start);
  });

  it('a day lies inside its month, and the month inside its year', () => {
    const d = spanOf('2015-06-14');
    const m = spanOf('2015-06');
    const y = spanOf('2015');
    expect(m.start <= d.start && d.end <= m.end).toBe(true);
    expect(y.start <= m.start && m.end <= y.end).toBe(true);
  });
});

describe('overlaps and ordering', () => {
  it('windows are half-open', () => {
    const w = { start: spanOf('2013').start, end: spanOf('2017').end };
    expect(overlaps(spanOf('2012-12-31'), w)).toBe(false);
    expect(overlaps(spanOf('2013-01-01'), w)).toBe(true);
    expect(overlaps(spanOf('2017-12'), w)).toBe(true);
    expect(overlaps(spanOf('2018-01-01'), w)).toBe(false);
    expect(overlaps(spanOf('2012'), w)).toBe(false);
  });

  it('orders by start, the coarser date first when they start together', () => {
    const sorted = ['2015-03-04', '2015-06', '2015', '2014-12-31', '2015-02-27'].sort(compareDates);
    expect(sorted).toEqual(['2014-12-31', '2015', '2015-02-27', '2015-03-04', '2015-06']);
  });
});
