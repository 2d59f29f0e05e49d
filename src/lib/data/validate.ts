// Validation of the whole dataset: each file against its schema, then the rules that span files.
// Every problem becomes one line naming the file, the record id and the field, so an editor can fix it.
import type { z } from 'zod';
import { FACT_FIELDS, FILES, precisionOf, type Dataset, type FactField, type FileName, type Person } from './schema';
import { spanishProblems } from './localize';
import { mirrorOf, urlProblem } from './urls';

import type { DataProblem } from './problem';
export type { DataProblem } from './problem';

export function formatProblem(p: DataProblem): string {
  return `data/${p.file}: record "${p.record}", field "${p.field}": ${p.message}`;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

type RawFiles = Partial<Record<FileName, unknown>>;

function recordId(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function schemaProblems(file: FileName, raw: unknown, schema: z.ZodType): DataProblem[] {
  const res = schema.safeParse(raw);
  if (res.success) return [];
  return res.error.issues.map((issue) => {
    const [first, ...rest] = issue.path;
    // Array files: the first path step is the record index; name the record by its id instead.
    if (Array.isArray(raw) && typeof first === 'number') {
      return {
        file,
        record: recordId(raw[first], first),
        field: fieldPath(rest) || '(record)',
        message: issue.message
      };
    }
    return { file, record: '(file)', field: fieldPath(issue.path) || '(file)', message: issue.message };
  });
}

/** Checks every file and the links between them; returns the typed dataset or throws a DataError. */
export function validateDataset(files: RawFiles): Dataset {
  const problems: DataProblem[] = [];
  for (const name of Object.keys(FILES) as FileName[]) {
    if (files[name] === undefined) {
      problems.push({ file: name, record: '(file)', field: '(file)', message: 'file is missing' });
      continue;
    }
    problems.push(...schemaProblems(name, files[name], FILES[name]));
  }
  if (problems.length) throw new DataError(problems);

  const d = {
    meta: files['meta.json'],
    sources: files['sources.json'],
    transfers: files['transfers.json'],
    people: files['people.json'],
    organizations: files['organizations.json'],
    ties: files['ties.json'],
    events: files['events.json'],
    territories: files['territories.json'],
    courts: files['courts.json'],
    places: files['places.json'],
    corrections: files['corrections.json']
  } as Dataset;

  problems.push(...integrityProblems(d), ...spanishProblems(d));
  if (problems.length) throw new DataError(problems);
  return d;
}

/** The fact fields a person record states: those with a value (non-null, non-empty, status other than unknown). */
export function statedFields(p: Person): FactField[] {
  const has: Record<FactField, boolean> = {
    identification: p.name !== null || p.description !== null,
    transfer: p.transfer !== null,
    aliases: p.aliases.length > 0,
    nationality: p.nationality !== null,
    organization: p.organization !== null || p.faction !== null,
    role: p.role !== null,
    charges: p.charges.length > 0 || p.allegation !== null,
    court: p.court !== null || p.courtNote !== null,
    status: p.status.value !== 'unknown' || p.status.date !== null,
    capture: p.capture !== null && (p.capture.date !== null || p.capture.place !== null)
  };
  return FACT_FIELDS.filter((f) => has[f]);
}

/** Rules that need more than one record: unique ids, references, date range, counts. */
export function integrityProblems(d: Dataset): DataProblem[] {
  const out: DataProblem[] = [];
  const add = (file: string, record: string, field: string, message: string) =>
    out.push({ file, record, field, message });

  const ids = (file: string, records: { id: string }[]) => {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id)) add(file, r.id, 'id', `duplicate id "${r.id}"`);
      seen.add(r.id);
    }
    return seen;
  };
  const sources = ids('sources.json', d.sources);
  const transfers = ids('transfers.json', d.transfers);
  const people = ids('people.json', d.people);
  const orgs = ids('organizations.json', d.organizations);
  const courts = ids('courts.json', d.courts);
  const places = ids('places.json', d.places);
  ids('ties.json', d.ties);
  ids('events.json', d.events);
  ids('territories.json', d.territories);
  // Ties point at people and organizations alike, so the two share one namespace.
  for (const o of d.organizations)
    if (people.has(o.id)) add('organizations.json', o.id, 'id', `id "${o.id}" is also a person id`);

  const ref = (file: string, record: string, field: string, value: string | null, set: Set<string>, what: string) => {
    if (value !== null && !set.has(value)) add(file, record, field, `unknown ${what} id "${value}"`);
  };
  const refs = (file: string, record: string, field: string, values: string[], set: Set<string>, what: string) =>
    values.forEach((v, i) => ref(file, record, `${field}[${i}]`, v, set, what));

  const lo = '1985-01-01';
  const hi = d.meta.asOf;
  const date = (file: string, record: string, field: string, value: string | null) => {
    if (value === null) return;
    // Compare the first and the last day a reduced-precision date can mean.
    const first = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
    const last = value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
    if (last < lo || first > hi)
      add(file, record, field, `date ${value} (${precisionOf(value)}) is outside ${lo} … ${hi} (the "as of" date)`);
  };

  for (const s of d.sources) {
    date('sources.json', s.id, 'date', s.date);
    const bad = urlProblem(s.url);
    if (bad) add('sources.json', s.id, 'url', bad);
    if (s.via) {
      const badVia = urlProblem(s.via.url);
      if (badVia) add('sources.json', s.id, 'via.url', badVia);
    }
    const mirror = mirrorOf(s.url);
    if (mirror && !s.via)
      add('sources.json', s.id, 'via', `"${mirror}" copies other publishers' documents: describe the original and name the copy in "via"`);
  }
  for (const t of d.transfers) {
    date('transfers.json', t.id, 'date', t.date);
    refs('transfers.json', t.id, 'sources', t.sources, sources, 'source');
    ref('transfers.json', t.id, 'origin', t.origin, places, 'place');
    t.arrivals.forEach((a, i) => ref('transfers.json', t.id, `arrivals[${i}].place`, a.place, places, 'place'));
    (t.sealedNames ?? []).forEach((c, i) => refs('transfers.json', t.id, `sealedNames[${i}].sources`, c.sources, sources, 'source'));
    const n = d.people.filter((p) => p.transfer === t.id).length;
    if (n !== t.count) add('transfers.json', t.id, 'count', `says ${t.count} people, but people.json has ${n}`);
  }
  for (const p of d.people) {
    refs('people.json', p.id, 'sources', p.sources, sources, 'source');
    ref('people.json', p.id, 'transfer', p.transfer, transfers, 'transfer');
    ref('people.json', p.id, 'organization', p.organization, orgs, 'organization');
    ref('people.json', p.id, 'court', p.court, courts, 'court');
    date('people.json', p.id, 'status.date', p.status.date);
    date('people.json', p.id, 'capture.date', p.capture?.date ?? null);
    p.history.forEach((h, i) => {
      date('people.json', p.id, `history[${i}].date`, h.date);
      refs('people.json', p.id, `history[${i}].sources`, h.sources, sources, 'source');
    });
    const listed = new Set(p.sources);
    const cited = (field: string, ids: string[]) =>
      ids.forEach((s, i) => {
        if (!sources.has(s)) add('people.json', p.id, `${field}[${i}]`, `unknown source id "${s}"`);
        else if (!listed.has(s))
          add('people.json', p.id, `${field}[${i}]`, `source "${s}" is not among the record's sources`);
      });
    if (p.fieldSources) {
      const stated = new Set(statedFields(p));
      for (const f of FACT_FIELDS) {
        const ids = p.fieldSources[f] ?? [];
        if (stated.has(f) && ids.length === 0)
          add('people.json', p.id, `fieldSources.${f}`, `the record states ${f} but names no source for it`);
        cited(`fieldSources.${f}`, ids);
      }
    } else if (p.transfer !== null) {
      // Every transferred person is re-verified field by field; context figures may still lack the mapping.
      add('people.json', p.id, 'fieldSources', 'a transferred person needs the sources of each stated field');
    }
    (p.scheduled ?? []).forEach((st, i) => {
      cited(`scheduled[${i}].sources`, st.sources);
      if (st.outcome) cited(`scheduled[${i}].outcome.sources`, st.outcome.sources);
    });
    p.conflicts.forEach((c, i) => cited(`conflicts[${i}].sources`, c.sources));
  }
  for (const o of d.organizations) {
    refs('organizations.json', o.id, 'sources', o.sources, sources, 'source');
    ref('organizations.json', o.id, 'parent', o.parent, orgs, 'organization');
    date('organizations.json', o.id, 'founded.date', o.founded?.date ?? null);
  }
  const nodes = new Set([...people, ...orgs]);
  for (const t of d.ties) {
    refs('ties.json', t.id, 'sources', t.sources, sources, 'source');
    ref('ties.json', t.id, 'source', t.source, nodes, 'person or organization');
    ref('ties.json', t.id, 'target', t.target, nodes, 'person or organization');
    if (t.source === t.target) add('ties.json', t.id, 'target', 'a tie cannot join a node to itself');
  }
  for (const e of d.events) {
    date('events.json', e.id, 'date', e.date);
    refs('events.json', e.id, 'sources', e.sources, sources, 'source');
    refs('events.json', e.id, 'people', e.people, people, 'person');
    refs('events.json', e.id, 'organizations', e.organizations, orgs, 'organization');
    ref('events.json', e.id, 'transfer', e.transfer, transfers, 'transfer');
    (e.conflicts ?? []).forEach((c, i) => refs('events.json', e.id, `conflicts[${i}].sources`, c.sources, sources, 'source'));
  }
  for (const c of d.territories) {
    refs('territories.json', c.id, 'sources', c.sources, sources, 'source');
    ref('territories.json', c.id, 'organization', c.organization, orgs, 'organization');
    if (c.year < 1985 || `${c.year}` > hi.slice(0, 4))
      add('territories.json', c.id, 'year', `year ${c.year} is outside 1985 … ${hi.slice(0, 4)}`);
  }
  for (const c of d.courts) refs('courts.json', c.id, 'sources', c.sources, sources, 'source');
  const recordsOf: Record<string, Set<string>> = {
    'people.json': people,
    'events.json': new Set(d.events.map((e) => e.id)),
    'sources.json': sources,
    'ties.json': new Set(d.ties.map((t) => t.id)),
    'organizations.json': orgs,
    'transfers.json': transfers,
    'territories.json': new Set(d.territories.map((t) => t.id)),
    'courts.json': courts,
    'places.json': places
  };
  d.corrections.forEach((c, i) => {
    const where = `${c.file}:${c.record}`;
    // A removed record is logged under its old id; every other correction names a record that exists.
    if (c.field !== '(record)' && !recordsOf[c.file]!.has(c.record))
      add('corrections.json', `#${i} ${where}`, 'record', `unknown record (use field "(record)" for a removed one)`);
    refs('corrections.json', `#${i} ${where}`, 'sources', c.sources ?? [], sources, 'source');
  });
  for (const p of d.places) refs('places.json', p.id, 'sources', p.sources, sources, 'source');
  return out;
}
