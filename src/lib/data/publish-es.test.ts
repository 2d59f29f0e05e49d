// The Spanish edition's downloads (/es/data/*): the English files' rows with Spanish keys, column names and text.
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { localize } from './localize';
import { PEOPLE_COLUMNS, parseCsv, publishPeople } from './publish';
import { KEYS_ES, PEOPLE_COLUMNS_ES, inSpanish, peopleCsvEs, publishPeopleEs, publishRecordsEs } from './publish-es';

const d = loadDataset();
const es = localize(d, 'es');
const rows = publishPeopleEs(d) as Record<string, unknown>[];
const english = publishPeople(d);
const SPANISH_KEYS = new Set(Object.values(KEYS_ES));

/** Every key of a value, at any depth. */
function keys(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(keys);
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]);
}

describe('/es/data/people.json', () => {
  it('has the English file’s people in its order, every key in Spanish', () => {
    expect(rows.map((r) => r.id)).toEqual(english.map((r) => r.id));
    const all = new Set(keys(rows));
    expect(all.has('nombre') && all.has('situacion') && all.has('fuentesPorCampo') && all.has('medio')).toBe(true);
    expect([...all].filter((k) => !SPANISH_KEYS.has(k))).toEqual([]);
    for (const en of ['name', 'status', 'charges', 'sources', 'fieldSources', 'publisher', 'es']) expect(all.has(en), en).toBe(false);
  });

  it('carries the Spanish text, and the English file’s ids, dates, codes and URLs', () => {
    const caro = rows.find((r) => r.id === 'rafael-caro-quintero')!;
    const raw = es.people.find((p) => p.id === 'rafael-caro-quintero')!;
    const en = english.find((r) => r.id === 'rafael-caro-quintero')!;
    expect(caro.nombre).toBe('Rafael Caro Quintero');
    expect(caro.papel).toBe(raw.role);
    expect(caro.acusacion).toBe(raw.allegation);
    expect(caro.cargos).toEqual(raw.es!.charges);
    expect(caro.detalleSituacion).toBe(d.people.find((p) => p.id === 'rafael-caro-quintero')!.es!.status!.detail);
    expect(caro.tribunalDistritoEU).toBe('Tribunal de Distrito de EU para el Distrito Este de Nueva York');
    expect(caro.organizacion).toBe('Cártel de Guadalajara');
    expect(caro.situacion).toBe(en.status);
    expect(caro.fechaEnvio).toBe(en.transferDate);
    expect(caro.urlsFuentes).toEqual(en.sourceUrls);
    const chapito = d.people.find((p) => p.transfer && p.organization === 'chapitos')!;
    expect(rows.find((r) => r.id === chapito.id)!.organizacionesSuperiores).toEqual(['Cártel de Sinaloa']);
  });

  it('writes the note on a step whose date passed in Spanish', () => {
    const passed = rows.filter((r) => (r.proximaDiligencia as { nota: string | null } | null)?.nota);
    expect(passed.length).toBeGreaterThan(0);
    for (const r of passed) expect((r.proximaDiligencia as { nota: string }).nota).toMatch(/^se desconoce el resultado al \d+ de \p{L}+ de \d{4}$/u);
  });

  it('a key with no Spanish name fails the build, naming it', () => {
    expect(() => inSpanish([{ id: 'x', nickname: 'y' }])).toThrow(/"nickname"/);
  });
});

describe('/es/data/people.csv', () => {
  const csv = peopleCsvEs(d);
  const table = parseCsv(csv);

  it('has the English file’s columns in Spanish, each once, and a byte order mark for Excel', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(table[0]).toEqual(PEOPLE_COLUMNS_ES);
    expect(new Set(PEOPLE_COLUMNS_ES).size).toBe(PEOPLE_COLUMNS.length);
    expect(PEOPLE_COLUMNS_ES.filter((c) => (PEOPLE_COLUMNS as readonly string[]).includes(c))).toEqual(['id']);
    expect(table[0]).toEqual(expect.arrayContaining(['nombre', 'situacion', 'cargos', 'tribunalDistritoEU', 'fuentesCargos']));
  });

  it('has one line per person with the Spanish text', () => {
    expect(table.slice(1).map((r) => r[0])).toEqual(english.map((r) => r.id));
    const caro = table.find((r) => r[0] === 'rafael-caro-quintero')!;
    const col = (c: string) => caro[PEOPLE_COLUMNS_ES.indexOf(c)];
    expect(col('organizacion')).toBe('Cártel de Guadalajara');
    expect(col('cargos')).toBe(es.people.find((p) => p.id === 'rafael-caro-quintero')!.charges.join(' | '));
  });
});

describe('/es/data/events.json, ties.json, territories.json', () => {
  it.each(['events', 'ties', 'territories'] as const)('%s: the records in Spanish, with Spanish keys and no `es` mirror', (file) => {
    const out = publishRecordsEs(d, file) as Record<string, unknown>[];
    expect(out.map((r) => r.id)).toEqual(d[file].map((r) => r.id));
    expect([...new Set(keys(out))].filter((k) => !SPANISH_KEYS.has(k))).toEqual([]);
  });

  it('gives an event its Spanish title and a tie its Spanish detail', () => {
    const events = publishRecordsEs(d, 'events') as { titulo: string; descripcion: string }[];
    expect(events.map((e) => e.titulo)).toEqual(es.events.map((e) => e.title));
    expect(events[0]!.titulo).not.toBe(d.events[0]!.title);
    const ties = publishRecordsEs(d, 'ties') as { detalle: string; relacion: string }[];
    expect(ties.map((t) => t.detalle)).toEqual(es.ties.map((t) => t.detail));
    expect(ties.map((t) => t.relacion)).toEqual(d.ties.map((t) => t.relation));
  });
});
