// The project's dataset in data/: it validates, matches the announced transfers, and publishes cleanly.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import {
  PEOPLE_COLUMNS,
  csvField,
  parseCsv,
  peopleCsv,
  publishPeople,
  toCsv
} from '../../src/lib/data/publish';

const d = loadDataset();
const transferred = d.people.filter((p) => p.transfer !== null);
const sourceUrl = new Map(d.sources.map((s) => [s.id, s.url]));

describe('data/', () => {
  it('validates against the schemas and cross-file rules', () => {
    expect(() => loadDataset()).not.toThrow();
  });

  it('has 29, 26 and 37 people in the three transfers, 92 in all', () => {
    const count = (id: string) => d.people.filter((p) => p.transfer === id).length;
    expect(count('feb-2025')).toBe(29);
    expect(count('aug-2025')).toBe(26);
    expect(count('jan-2026')).toBe(37);
    expect(transferred).toHaveLength(92);
    expect(d.transfers.map((t) => [t.id, t.count])).toEqual([
      ['feb-2025', 29],
      ['aug-2025', 26],
      ['jan-2026', 37]
    ]);
  });

  it('gives every transferred person at least one http(s) source', () => {
    const without = transferred.filter(
      (p) => !p.sources.some((s) => /^https?:\/\//.test(sourceUrl.get(s) ?? ''))
    );
    expect(without.map((p) => p.id)).toEqual([]);
  });

  it('never names an unidentified or sealed record', () => {
    const hidden = d.people.filter((p) => p.kind !== 'named');
    expect(hidden.length).toBeGreaterThan(0);
    for (const p of hidden) {
      expect(p.name, p.id).toBeNull();
      expect(p.aliases, p.id).toEqual([]);
      expect(p.nameVariants, p.id).toEqual([]);
    }
  });

  it('resolves every person\'s organization and court', () => {
    const orgs = new Set(d.organizations.map((o) => o.id));
    const courts = new Set(d.courts.map((c) => c.id));
    for (const p of d.people) {
      if (p.organization !== null) expect(orgs.has(p.organization), `${p.id} → ${p.organization}`).toBe(true);
      if (p.court !== null) expect(courts.has(p.court), `${p.id} → ${p.court}`).toBe(true);
    }
  });

  it('marks each transfer as an event', () => {
    for (const t of d.transfers) {
      const ev = d.events.filter((e) => e.transfer === t.id);
      expect(ev, t.id).toHaveLength(1);
      expect(ev[0]!.date).toBe(t.date);
    }
  });

  it('gives a sentence to everyone sentenced and keeps future dates out of date fields', () => {
    for (const p of d.people) {
      if (p.status.value === 'sentenced') expect(p.status.sentence, p.id).toBeTruthy();
    }
    const dates = d.events.map((e) => e.date).concat(d.sources.flatMap((s) => (s.date ? [s.date] : [])));
    expect(dates.filter((x) => x > d.meta.asOf)).toEqual([]);
  });
});

describe('published people', () => {
  const rows = publishPeople(d);

  it('has one row per transferred person with the published columns', () => {
    expect(rows).toHaveLength(92);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(transferred.map((p) => p.id)));
    for (const r of rows) expect(Object.keys(r)).toEqual([...PEOPLE_COLUMNS]);
  });

  it('denormalizes names, districts, dates and source URLs', () => {
    const caro = rows.find((r) => r.id === 'rafael-caro-quintero')!;
    expect(caro.name).toBe('Rafael Caro Quintero');
    expect(caro.transferDate).toBe('2025-02-27');
    expect(caro.usDistrict).toBe('U.S. District Court for the Eastern District of New York');
    expect(caro.organization).toBe('Guadalajara cartel');
    expect(caro.sourceUrls.every((u) => u.startsWith('http'))).toBe(true);
    for (const r of rows.filter((r) => r.kind !== 'named')) {
      expect(r.name).toBeNull();
      expect(r.aliases).toEqual([]);
    }
  });

  it('writes a CSV with the same columns and one row per person', () => {
    const table = parseCsv(peopleCsv(d));
    expect(table[0]).toEqual([...PEOPLE_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    const byId = new Map(table.slice(1).map((r) => [r[0], r]));
    for (const r of rows) {
      const line = byId.get(r.id)!;
      expect(line).toHaveLength(PEOPLE_COLUMNS.length);
      expect(line[PEOPLE_COLUMNS.indexOf('aliases')]).toBe(r.aliases.join(' | '));
      expect(line[PEOPLE_COLUMNS.indexOf('name')]).toBe(r.name ?? '');
    }
  });

  it('quotes CSV fields per RFC 4180 and round-trips commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const tricky = [{ a: 'Cártel "del" Golfo, Matamoros', b: ['x, y', 'z'], c: null, d: 'two\nlines' }];
    const text = toCsv(tricky, ['a', 'b', 'c', 'd']);
    expect(text).toBe('a,b,c,d\r\n"Cártel ""del"" Golfo, Matamoros","x, y | z",,"two\nlines"\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['Cártel "del" Golfo, Matamoros', 'x, y | z', '', 'two\nlines']
    ]);
  });
});
