// The project's dataset in data/: it validates and matches the announced transfers (published files: src/lib/data/publish.test.ts).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';

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

  it("keeps Caro Quintero's pretrial hearing and trial as scheduled steps, not in his status prose", () => {
    const caro = d.people.find((p) => p.id === 'rafael-caro-quintero')!;
    expect((caro.scheduled ?? []).filter((s) => s.outcome === null).map((s) => [s.date, s.what])).toEqual([
      ['2026-06-17', 'pretrial hearing'],
      ['2027-03-08', 'trial']
    ]);
    expect(caro.status.detail).not.toMatch(/2027|8 Mar/);
  });

  it('states no date still to come in a status detail: open scheduled steps hold them', () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const open = d.people.flatMap((p) =>
      (p.scheduled ?? []).filter((s) => s.outcome === null && s.date.length === 10).map((s) => ({ p, s }))
    );
    expect(open.length).toBeGreaterThan(10);
    const inProse = open.filter(({ p, s }) => {
      const [, m, day] = s.date.split('-').map(Number);
      // "8 Mar 2027", "8 March 2027" or "March 8"
      const said = new RegExp(`\\b${day} ${MONTHS[m! - 1]}|${MONTHS[m! - 1]}\\w* ${day}\\b`);
      return said.test(p.status.detail ?? '');
    });
    expect(inProse.map(({ p, s }) => `${p.id} ${s.date}`)).toEqual([]);
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
