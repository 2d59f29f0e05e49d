// npm run data:due's report: passed scheduled steps without an outcome, and facts resting only on "other" sources.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueReport, formatDue } from '../../src/lib/data/due';
import { readDataFiles } from '../../src/lib/data/load';
import { validateDataset } from '../../src/lib/data/validate';

const fixture = () => validateDataset(readDataFiles(join(__dirname, '../fixtures/data/valid')));

describe('dueReport', () => {
  it('lists a scheduled step once its date has passed with no outcome, and not before', () => {
    const d = fixture();
    expect(dueReport(d, '2026-03-20').passed).toEqual([]);
    const later = dueReport(d, '2026-12-07');
    expect(later.passed.map((s) => [s.person, s.date, s.what])).toEqual([['caro-quintero', '2026-06-17', 'pretrial hearing']]);
    expect(later.passed[0]!.urls[0]).toMatch(/^https:\/\/www\.einpresswire\.com\//);
  });

  it('drops a step from the list once its outcome is recorded', () => {
    const d = fixture();
    d.people.find((p) => p.id === 'caro-quintero')!.scheduled![0]!.outcome = { text: 'Held.', sources: ['doj-2025-02-27'] };
    expect(dueReport(d, '2026-12-07').passed).toEqual([]);
  });

  it('names every person field and event that rests only on "other" sources', () => {
    const d = fixture();
    expect(dueReport(d, '2026-03-20').otherOnly).toEqual([]);
    d.sources.find((s) => s.id === 'publimetro-2025-02-28')!.kind = 'other';
    d.events[0]!.sources = ['publimetro-2025-02-28'];
    const weak = dueReport(d, '2026-03-20').otherOnly.map((f) => `${f.file} ${f.record} ${f.field}`);
    expect(weak).toContain('people.json feb-2025-unidentified-carlos identification');
    expect(weak).toContain('people.json feb-2025-unidentified-carlos transfer');
    // Caro's fields cite the DOJ release too, so none of them rests on "other" alone.
    expect(weak.filter((w) => w.includes('caro-quintero'))).toEqual([]);
    expect(weak).toContain(`events.json ${d.events[0]!.id} sources`);
    expect(weak.filter((w) => w.startsWith('events.json'))).toHaveLength(1);
  });

  it('prints one line per item for the editor', () => {
    const text = formatDue(dueReport(fixture(), '2026-12-07'));
    expect(text).toContain('passed with no outcome recorded (today 2026-12-07, reporting as of 2026-03-20): 1');
    expect(text).toContain('  2026-06-17  caro-quintero: pretrial hearing');
  });
});
