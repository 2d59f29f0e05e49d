// The published data files (build/data/*): one flat row per transferred person, plus CSV in RFC 4180 form.
// Pure functions of the validated dataset, so the endpoints and the tests share one definition.
import type { Dataset, Person } from './schema';

export interface PublishedSource {
  url: string;
  publisher: string;
  title: string | null;
  date: string;
}

export interface PublishedPerson {
  id: string;
  /** null for unidentified and sealed records: never a guessed name. */
  name: string | null;
  kind: Person['kind'];
  aliases: string[];
  transfer: string;
  transferDate: string;
  /** The role the sources allege. */
  role: string | null;
  /** The organization's name, or null when none is sourced. */
  organization: string | null;
  /** The organizations it belongs to, nearest first: a faction names its cartel. */
  organizationParents: string[];
  /** The US district court's name, or null when the district is not known. */
  usDistrict: string | null;
  /** What is known of the court where no US district is (a state court, an inferred district), or a caveat. */
  courtNote: string | null;
  charges: string[];
  allegation: string | null;
  capture: { date: string | null; place: string | null; note: string | null } | null;
  status: Person['status']['value'];
  statusDate: string | null;
  statusDetail: string | null;
  sentence: string | null;
  confidence: Person['confidence'];
  /** Where the sources disagree: recorded, never resolved silently. */
  conflicts: string[];
  sourceUrls: string[];
  sources: PublishedSource[];
}

/** One row per person who was part of a transfer, in transfer order then id order. */
export function publishPeople(d: Dataset): PublishedPerson[] {
  const transfers = new Map(d.transfers.map((t) => [t.id, t]));
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const courts = new Map(d.courts.map((c) => [c.id, c.name]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const parents = (id: string | null): string[] => {
    const out: string[] = [];
    const seen = new Set([id]);
    for (let o = id ? orgs.get(id) : undefined; o?.parent && !seen.has(o.parent); ) {
      seen.add(o.parent);
      o = orgs.get(o.parent);
      if (o) out.push(o.name);
    }
    return out;
  };
  return d.people
    .filter((p) => p.transfer !== null)
    .map((p) => {
      const t = transfers.get(p.transfer!);
      if (!t) throw new Error(`person "${p.id}" names unknown transfer "${p.transfer}"`);
      const cited = p.sources.map((id) => sources.get(id)).filter((s) => s !== undefined);
      return {
        id: p.id,
        name: p.kind === 'named' ? p.name : null,
        kind: p.kind,
        aliases: p.kind === 'named' ? [...p.aliases] : [],
        transfer: t.id,
        transferDate: t.date,
        role: p.role,
        organization: p.organization === null ? null : (orgs.get(p.organization)?.name ?? null),
        organizationParents: parents(p.organization),
        usDistrict: p.court === null ? null : (courts.get(p.court) ?? null),
        courtNote: p.courtNote,
        charges: [...p.charges],
        allegation: p.allegation,
        capture: p.capture && { date: p.capture.date, place: p.capture.place, note: p.capture.note },
        status: p.status.value,
        statusDate: p.status.date,
        statusDetail: p.status.detail,
        sentence: p.status.sentence ?? null,
        confidence: p.confidence,
        conflicts: [...p.conflicts],
        sourceUrls: cited.map((s) => s.url),
        sources: cited.map((s) => ({ url: s.url, publisher: s.publisher, title: s.title ?? null, date: s.date }))
      };
    })
    .sort((a, b) => a.transferDate.localeCompare(b.transferDate) || a.id.localeCompare(b.id));
}

/** One flat CSV row: the capture spread over three columns; lists stay lists (joined by toCsv). */
export function flatPerson(p: PublishedPerson) {
  const { capture, sources: _sources, ...rest } = p;
  return {
    ...rest,
    captureDate: capture?.date ?? null,
    capturePlace: capture?.place ?? null,
    captureNote: capture?.note ?? null
  };
}

export type FlatPerson = ReturnType<typeof flatPerson>;

/** Column order of people.csv. */
export const PEOPLE_COLUMNS = [
  'id',
  'name',
  'kind',
  'aliases',
  'transfer',
  'transferDate',
  'role',
  'organization',
  'organizationParents',
  'usDistrict',
  'courtNote',
  'charges',
  'allegation',
  'captureDate',
  'capturePlace',
  'captureNote',
  'status',
  'statusDate',
  'statusDetail',
  'sentence',
  'confidence',
  'conflicts',
  'sourceUrls'
] as const satisfies readonly (keyof FlatPerson)[];

export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(' | ');
  return String(value);
}

/** CSV text with a header row; arrays joined with " | ", null as an empty field, CRLF line ends. */
export function toCsv<T extends object>(rows: T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cell(row[c]))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * people.csv: UTF-8 with a byte order mark, which is how Excel knows the file is UTF-8 (without it Excel
 * reads "Marín" as "MarÃ­n"); Google Sheets and LibreOffice skip the mark.
 */
export function peopleCsv(d: Dataset): string {
  return '\uFEFF' + toCsv(publishPeople(d).map(flatPerson), PEOPLE_COLUMNS);
}

/** Parses RFC 4180 CSV into rows of fields (used to check what we publish). */
export function parseCsv(text: string): string[][] {
  // A spreadsheet reads a leading byte order mark as the encoding, not as text.
  text = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
