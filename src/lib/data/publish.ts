// The published data files (build/data/*): one flat row per transferred person, plus CSV in RFC 4180 form.
// Pure functions of the validated dataset, so the endpoints and the tests share one definition.
import type { Dataset, Person } from './schema';

/** Column order of people.json rows and people.csv. */
export const PEOPLE_COLUMNS = [
  'id',
  'name',
  'kind',
  'aliases',
  'transferDate',
  'organization',
  'usDistrict',
  'status',
  'statusDate',
  'confidence',
  'sourceUrls'
] as const;

export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];

export interface PublishedPerson {
  id: string;
  /** null for unidentified and sealed records: never a guessed name. */
  name: string | null;
  kind: Person['kind'];
  aliases: string[];
  transferDate: string;
  /** The organization's name, or null when none is sourced. */
  organization: string | null;
  /** The US district court's name, or null when the district is not known. */
  usDistrict: string | null;
  status: Person['status']['value'];
  statusDate: string | null;
  confidence: Person['confidence'];
  sourceUrls: string[];
}

/** One row per person who was part of a transfer, in transfer order then id order. */
export function publishPeople(d: Dataset): PublishedPerson[] {
  const transfers = new Map(d.transfers.map((t) => [t.id, t]));
  const orgs = new Map(d.organizations.map((o) => [o.id, o.name]));
  const courts = new Map(d.courts.map((c) => [c.id, c.name]));
  const urls = new Map(d.sources.map((s) => [s.id, s.url]));
  return d.people
    .filter((p) => p.transfer !== null)
    .map((p) => {
      const t = transfers.get(p.transfer!);
      if (!t) throw new Error(`person "${p.id}" names unknown transfer "${p.transfer}"`);
      return {
        id: p.id,
        name: p.kind === 'named' ? p.name : null,
        kind: p.kind,
        aliases: p.kind === 'named' ? [...p.aliases] : [],
        transferDate: t.date,
        organization: p.organization === null ? null : (orgs.get(p.organization) ?? null),
        usDistrict: p.court === null ? null : (courts.get(p.court) ?? null),
        status: p.status.value,
        statusDate: p.status.date,
        confidence: p.confidence,
        sourceUrls: p.sources.map((s) => urls.get(s)).filter((u): u is string => !!u)
      };
    })
    .sort((a, b) => a.transferDate.localeCompare(b.transferDate) || a.id.localeCompare(b.id));
}

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

export function peopleCsv(d: Dataset): string {
  return toCsv(publishPeople(d), PEOPLE_COLUMNS);
}

/** Parses RFC 4180 CSV into rows of fields (used to check what we publish). */
export function parseCsv(text: string): string[][] {
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
