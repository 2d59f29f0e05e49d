import { describe, expect, it } from 'vitest';
import { count, formatDate, plural } from './format';

describe('count', () => {
  it('spells out zero to ten', () => {
    expect([0, 1, 9, 10].map(count)).toEqual(['no', 'one', 'nine', 'ten']);
  });

  it('groups larger whole numbers as en-US does', () => {
    for (const n of [11, 99, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 123_456_789, -1234, -5])
      expect(count(n), String(n)).toBe(n.toLocaleString('en-US'));
  });

  it('leaves fractions to the locale formatter', () => {
    expect(count(1234.5)).toBe('1,234.5');
  });
});

describe('plural', () => {
  it('agrees with its count', () => {
    expect(plural(1, 'tie')).toBe('one tie');
    expect(plural(133, 'tie')).toBe('133 ties');
    expect(plural(1200, 'person', 'people')).toBe('1,200 people');
  });
});

describe('formatDate', () => {
  it('never says more than the date knows', () => {
    expect(formatDate('2025-02-27')).toBe('27 February 2025');
    expect(formatDate('2025-02')).toBe('February 2025');
    expect(formatDate('1985')).toBe('1985');
    expect(formatDate('2025-08-12', true)).toBe('12 Aug 2025');
  });
});

describe('Spanish forms (es-MX)', () => {
  it('writes dates as a Mexican newsroom does, never more precise than the data', async () => {
    const { formatDateEs } = await import('./format');
    expect(formatDateEs('2025-02-27')).toBe('27 de febrero de 2025');
    expect(formatDateEs('2026-01')).toBe('enero de 2026');
    expect(formatDateEs('1985')).toBe('1985');
  });
  it('counts, groups and joins', async () => {
    const { countEs, listEs, pluralEs } = await import('./format');
    expect(countEs(3)).toBe('tres');
    expect(pluralEs(1, 'persona', 'personas', true)).toBe('una persona');
    expect(countEs(1234)).toBe('1,234');
    expect(listEs(['Sinaloa', 'Jalisco', 'Michoacán'])).toBe('Sinaloa, Jalisco y Michoacán');
    expect(listEs(['Sinaloa', 'Hidalgo'])).toBe('Sinaloa e Hidalgo');
  });
});
