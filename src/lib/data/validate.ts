// Validation of the whole dataset: each file against its schema, then the rules that span files.
// Every problem becomes one line naming the file, the record id and the field, so an editor can fix it.
import type { z } from 'zod';
import { FILES, precisionOf, type Dataset, type FileName } from './schema';

export interface DataProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

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
    places: files['places.json']
  } as Dataset;

  problems.push(...integrityProblems(d));
  if (problems.length) throw new DataError(problems);
  return d;
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

  for (const s of d.sources) date('sources.json', s.id, 'date', s.date);
  for (const t of d.transfers) {
    date('transfers.json', t.id, 'date', t.date);
    refs('transfers.json', t.id, 'sources', t.sources, sources, 'source');
    ref('transfers.json', t.id, 'origin', t.origin, places, 'place');
    t.arrivals.forEach((a, i) => ref('transfers.json', t.id, `arrivals[${i}].place`, a.place, places, 'place'));
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
  }
  for (const c of d.territories) {
    refs('territories.json', c.id, 'sources', c.sources, sources, 'source');
    ref('territories.json', c.id, 'organization', c.organization, orgs, 'organization');
    if (c.year < 1985 || `${c.year}` > hi.slice(0, 4))
      add('territories.json', c.id, 'year', `year ${c.year} is outside 1985 … ${hi.slice(0, 4)}`);
  }
  for (const c of d.courts) refs('courts.json', c.id, 'sources', c.sources, sources, 'source');
  for (const p of d.places) refs('places.json', p.id, 'sources', p.sources, sources, 'source');
  return out;
}
