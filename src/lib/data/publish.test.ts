// The published files /data/people.json and /data/people.csv, from the real dataset and from small cases.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../format';
import { loadDataset } from './load';
import { FACT_FIELDS } from './schema';
import { PEOPLE_COLUMNS, csvField, flatPerson, parseCsv, peopleCsv, publishCorrections, publishPeople, toCsv } from './publish';

const d = loadDataset();
const transferred = d.people.filter((p) => p.transfer !== null);
const rows = publishPeople(d);

describe('people.json', () => {
  it('has one row per transferred person', () => {
    expect(rows).toHaveLength(transferred.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(transferred.map((p) => p.id)));
  });

  it('carries the facts: names, court, charges, role, allegation, capture, status, sources', () => {
    const caro = rows.find((r) => r.id === 'rafael-caro-quintero')!;
    const raw = d.people.find((p) => p.id === 'rafael-caro-quintero')!;
    expect(caro.name).toBe('Rafael Caro Quintero');
    expect(caro.transferDate).toBe('2025-02-27');
    expect(caro.usDistrict).toBe('U.S. District Court for the Eastern District of New York');
    expect(caro.charges).toEqual(raw.charges);
    expect(caro.charges.length).toBeGreaterThan(0);
    expect(caro.role).toBe(raw.role);
    expect(caro.allegation).toBe(raw.allegation);
    expect(caro.capture).toEqual(raw.capture);
    expect(caro.capture!.place).toBeTruthy();
    expect(caro.courtNote).toBe(raw.courtNote);
    expect(caro.statusDetail).toBe(raw.status.detail);
    expect(caro.sources.map((s) => s.url)).toEqual(caro.sourceUrls);
    expect(caro.sourceUrls).toEqual(raw.sources.map((id) => d.sources.find((s) => s.id === id)!.url));
    for (const r of rows.filter((r) => r.kind !== 'named')) {
      expect(r.name).toBeNull();
      expect(r.aliases).toEqual([]);
    }
  });

  it('names the cartel a faction belongs to', () => {
    const chapito = transferred.find((p) => p.organization === 'chapitos')!;
    const rusos = transferred.find((p) => p.organization === 'los-rusos')!;
    expect(rows.find((r) => r.id === chapito.id)!.organizationParents).toEqual(['Sinaloa Cartel']);
    expect(rows.find((r) => r.id === rusos.id)!.organizationParents).toEqual(['La Mayiza (Los Mayos)', 'Sinaloa Cartel']);
    const caro = rows.find((r) => r.id === 'rafael-caro-quintero')!;
    expect(caro.organizationParents).toEqual([]);
  });

  it('keeps each source\'s kind and the copy it was read on', () => {
    const all = rows.flatMap((r) => r.sources);
    const byUrl = new Map(d.sources.map((s) => [s.url, s]));
    for (const s of all) {
      const raw = byUrl.get(s.url)!;
      expect(s.kind).toBe(raw.kind);
      expect(s.via).toEqual(raw.via);
    }
    expect(all.some((s) => s.via !== null)).toBe(true);
  });

  it('gives, per fact field, the URLs of the sources that state it, and conflicts with their sources', () => {
    const e = structuredClone(d);
    const p = e.people.find((x) => x.id === 'rafael-caro-quintero')!;
    const [a, b] = p.sources;
    p.fieldSources = { charges: [a!], status: [a!, b!] };
    p.conflicts = [{ field: 'status', text: 'Two outlets disagree on the plea date.', sources: [b!] }];
    const url = (id: string) => e.sources.find((s) => s.id === id)!.url;
    const caro = publishPeople(e).find((r) => r.id === 'rafael-caro-quintero')!;
    expect(caro.fieldSources).toEqual({ charges: [url(a!)], status: [url(a!), url(b!)] });
    expect(caro.conflicts).toEqual([{ field: 'status', text: 'Two outlets disagree on the plea date.', sourceUrls: [url(b!)] }]);
    const flat = flatPerson(caro);
    expect(flat.chargesSources).toEqual([url(a!)]);
    expect(flat.courtSources).toEqual([]);
    expect(flat.conflicts).toEqual(['Two outlets disagree on the plea date.']);
    const line = parseCsv(peopleCsv(e)).find((r) => r[0] === 'rafael-caro-quintero')!;
    expect(line[PEOPLE_COLUMNS.indexOf('statusSources')]).toBe(`${url(a!)} | ${url(b!)}`);
  });

  it('gives the next scheduled step and every scheduled step with its outcome', () => {
    const e = structuredClone(d);
    const p = e.people.find((x) => x.id === 'rafael-caro-quintero')!;
    const [a, b] = p.sources;
    const url = (id: string) => e.sources.find((s) => s.id === id)!.url;
    e.meta.modified = '2026-07-01';
    p.scheduled = [
      { date: '2026-03', what: 'status hearing', sources: [a!], outcome: { text: 'Trial set.', sources: [b!] } },
      { date: '2027-03-08', what: 'trial', sources: [b!], outcome: null },
      { date: '2026-06-17', what: 'pretrial hearing', sources: [a!], outcome: null }
    ];
    const caro = publishPeople(e).find((r) => r.id === 'rafael-caro-quintero')!;
    expect(caro.nextScheduled).toEqual({
      date: '2026-06-17',
      what: 'pretrial hearing',
      sourceUrls: [url(a!)],
      outcome: null,
      note: `outcome not known as of ${formatDate(e.meta.asOf)}`
    });
    expect(caro.scheduled[0]).toEqual({ date: '2026-03', what: 'status hearing', sourceUrls: [url(a!)], outcome: { text: 'Trial set.', sourceUrls: [url(b!)] } });
    expect(caro.scheduled).toHaveLength(3);
    const line = parseCsv(peopleCsv(e)).find((r) => r[0] === 'rafael-caro-quintero')!;
    expect(line[PEOPLE_COLUMNS.indexOf('nextScheduledDate')]).toBe('2026-06-17');
    expect(line[PEOPLE_COLUMNS.indexOf('nextScheduledWhat')]).toBe('pretrial hearing');
    expect(line[PEOPLE_COLUMNS.indexOf('nextScheduledNote')]).toBe(`outcome not known as of ${formatDate(e.meta.asOf)}`);
    e.meta.modified = '2026-06-01';
    expect(publishPeople(e).find((r) => r.id === 'rafael-caro-quintero')!.nextScheduled!.note).toBeNull();
  });

  it('says what is known of the court where no US district is', () => {
    const noDistrict = rows.filter((r) => r.usDistrict === null);
    expect(noDistrict.length).toBeGreaterThan(0);
    for (const r of noDistrict) expect(r.courtNote, r.id).toBe(transferred.find((p) => p.id === r.id)!.courtNote);
    const state = rows.find((r) => r.id === 'alder-alfonso-marin-sotelo')!;
    expect(state.courtNote).toMatch(/Superior Court/);
  });
});

describe('people.csv', () => {
  const csv = peopleCsv(d);
  const bytes = new TextEncoder().encode(csv);

  it('starts with the UTF-8 byte order mark Excel needs, and keeps accents as UTF-8', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.slice(3, 5)).toEqual(new TextEncoder().encode('id'));
    // "í" of Marín is the two bytes C3 AD, not a Latin-1 byte.
    const marin = new TextEncoder().encode('Marín');
    const at = Buffer.from(bytes).indexOf(Buffer.from(marin));
    expect(at).toBeGreaterThan(0);
    expect([...bytes.slice(at + 3, at + 5)]).toEqual([0xc3, 0xad]);
  });

  it('ends every line with CRLF and has no bare line break outside quotes', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/\r(?!\n)|(?<!\r)\n/g)).toBeNull();
  });

  it('has the published columns and one row per person, with the same values as people.json', () => {
    const table = parseCsv(csv);
    expect(table[0]).toEqual([...PEOPLE_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    const byId = new Map(table.slice(1).map((r) => [r[0], r]));
    const col = (name: (typeof PEOPLE_COLUMNS)[number]) => PEOPLE_COLUMNS.indexOf(name);
    for (const r of rows) {
      const line = byId.get(r.id)!;
      expect(line).toHaveLength(PEOPLE_COLUMNS.length);
      expect(line[col('aliases')]).toBe(r.aliases.join(' | '));
      expect(line[col('name')]).toBe(r.name ?? '');
      expect(line[col('charges')]).toBe(r.charges.join(' | '));
      expect(line[col('organizationParents')]).toBe(r.organizationParents.join(' | '));
      expect(line[col('capturePlace')]).toBe(r.capture?.place ?? '');
      expect(line[col('courtNote')]).toBe(r.courtNote ?? '');
      expect(line[col('sourceUrls')]).toBe(r.sourceUrls.join(' | '));
      expect(line[col('sourceKinds')]).toBe(r.sources.map((s) => s.kind).join(' | '));
      expect(line[col('conflicts')]).toBe(r.conflicts.map((c) => c.text).join(' | '));
    }
  });

  it('has a column of source URLs for every fact field', () => {
    for (const f of FACT_FIELDS) expect(PEOPLE_COLUMNS).toContain(`${f}Sources`);
  });

  it('puts the capture in three columns', () => {
    const p = rows.find((r) => r.capture)!;
    expect(flatPerson(p)).toMatchObject({ captureDate: p.capture!.date, capturePlace: p.capture!.place, captureNote: p.capture!.note });
    expect(flatPerson({ ...p, capture: null })).toMatchObject({ captureDate: null, capturePlace: null, captureNote: null });
  });

  it('quotes fields per RFC 4180 and round-trips commas, quotes and line breaks', () => {
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
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2']
    ]);
  });
});

describe('corrections.json', () => {
  it('publishes every correction, newest first, with its source URLs', () => {
    const e = structuredClone(d);
    const src = e.sources[0]!;
    e.corrections = [
      { date: '2026-12-01', file: 'people.json', record: 'rafael-caro-quintero', field: 'status', change: 'a → b', why: 'a later source' },
      { date: '2026-12-05', file: 'sources.json', record: src.id, field: 'url', change: 'x → y', why: 'staging address', sources: [src.id] }
    ];
    expect(publishCorrections(e)).toEqual([
      { date: '2026-12-05', file: 'sources.json', record: src.id, field: 'url', change: 'x → y', why: 'staging address', sourceUrls: [src.url] },
      { date: '2026-12-01', file: 'people.json', record: 'rafael-caro-quintero', field: 'status', change: 'a → b', why: 'a later source', sourceUrls: [] }
    ]);
    expect(publishCorrections(d)).toHaveLength(d.corrections.length);
  });
});
