// The published data files (build/data/*): one flat row per transferred person, plus CSV in RFC 4180 form.
// Pure functions of the validated dataset, so the endpoints and the tests share one definition.
import type { Lang } from '../i18n/lang';
import { nextScheduled } from './scheduled';
import { FACT_FIELDS, type Dataset, type FactField, type Person, type Source } from './schema';

/** A source as cited: a copy or mirror is described as its original, with the copy it was read on in `via`. */
export interface PublishedSource {
  url: string;
  publisher: string;
  title: string | null;
  /** null: the page gives no publication date. */
  date: string | null;
  kind: Source['kind'];
  via: { publisher: string; url: string } | null;
}

export interface PublishedConflict {
  /** The fact field the sources disagree on, or null for a detail outside them. */
  field: string | null;
  text: string;
  sourceUrls: string[];
}

export interface PublishedStep {
  date: string;
  what: string;
  sourceUrls: string[];
  /** null until a source reports what happened. */
  outcome: { text: string; sourceUrls: string[] } | null;
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
  /**
   * The earliest scheduled step with no outcome recorded; `note` says "outcome not known as of <as-of date>"
   * when its date had passed by the day the data was published (meta.modified).
   */
  nextScheduled: (PublishedStep & { note: string | null }) | null;
  /** Every hearing, trial or sentencing date the sources announced, with its outcome where one is reported. */
  scheduled: PublishedStep[];
  confidence: Person['confidence'];
  /** Where the sources disagree: recorded, never resolved silently. */
  conflicts: PublishedConflict[];
  sourceUrls: string[];
  sources: PublishedSource[];
  /** Per fact field, the URLs of the sources that state it (fields the record does not source yet are absent). */
  fieldSources: Partial<Record<FactField, string[]>>;
}

/**
 * One row per person who was part of a transfer, in transfer order then id order. `d` in Spanish (localize)
 * and `lang` 'es' give the Spanish edition's rows (publish-es.ts names their keys).
 */
export function publishPeople(d: Dataset, lang: Lang = 'en'): PublishedPerson[] {
  const transfers = new Map(d.transfers.map((t) => [t.id, t]));
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const courts = new Map(d.courts.map((c) => [c.id, c.name]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const urlsOf = (ids: readonly string[]) => ids.map((id) => sources.get(id)?.url).filter((u): u is string => !!u);
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
      const step = (x: NonNullable<Person['scheduled']>[number]): PublishedStep => ({
        date: x.date,
        what: x.what,
        sourceUrls: urlsOf(x.sources),
        outcome: x.outcome && { text: x.outcome.text, sourceUrls: urlsOf(x.outcome.sources) }
      });
      const next = nextScheduled(p, d.meta.modified, d.meta.asOf, lang);
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
        nextScheduled: next && { ...step(next.step), note: next.note },
        scheduled: (p.scheduled ?? []).map(step),
        confidence: p.confidence,
        conflicts: p.conflicts.map((c) => ({ field: c.field, text: c.text, sourceUrls: urlsOf(c.sources) })),
        sourceUrls: cited.map((s) => s.url),
        sources: cited.map((s) => ({
          url: s.url,
          publisher: s.publisher,
          title: s.title ?? null,
          date: s.date,
          kind: s.kind,
          via: s.via && { publisher: s.via.publisher, url: s.via.url }
        })),
        fieldSources: Object.fromEntries(
          FACT_FIELDS.flatMap((f) => {
            const ids = p.fieldSources?.[f];
            return ids ? [[f, urlsOf(ids)]] : [];
          })
        )
      };
    })
    .sort((a, b) => a.transferDate.localeCompare(b.transferDate) || a.id.localeCompare(b.id));
}

/** The CSV column of a fact field's source URLs: "chargesSources". */
export type FieldSourcesColumn = `${FactField}Sources`;

/**
 * One flat CSV row: the capture and the next scheduled step in three columns each (the full schedule is in
 * people.json), conflicts as their texts, each source's kind beside
 * sourceUrls in the same order, a column of source URLs per fact field; lists stay lists (joined by toCsv).
 */
export function flatPerson(p: PublishedPerson) {
  const { capture, sources, conflicts, fieldSources, nextScheduled: next, scheduled: _scheduled, ...rest } = p;
  const perField = Object.fromEntries(FACT_FIELDS.map((f) => [`${f}Sources`, fieldSources[f] ?? []])) as Record<
    FieldSourcesColumn,
    string[]
  >;
  return {
    ...rest,
    captureDate: capture?.date ?? null,
    capturePlace: capture?.place ?? null,
    captureNote: capture?.note ?? null,
    nextScheduledDate: next?.date ?? null,
    nextScheduledWhat: next?.what ?? null,
    nextScheduledNote: next?.note ?? null,
    conflicts: conflicts.map((c) => c.text),
    sourceKinds: sources.map((s) => s.kind),
    ...perField
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
  'nextScheduledDate',
  'nextScheduledWhat',
  'nextScheduledNote',
  'confidence',
  'conflicts',
  'sourceUrls',
  'sourceKinds',
  ...FACT_FIELDS.map((f) => `${f}Sources` as const)
] as const satisfies readonly (keyof FlatPerson)[];

export type PeopleColumn = (typeof PEOPLE_COLUMNS)[number];

export interface PublishedCorrection {
  date: string;
  file: string;
  record: string;
  field: string;
  change: string;
  why: string;
  sourceUrls: string[];
}

/** /data/corrections.json: the dated log of changes to stated facts, newest first, sources as URLs. */
export function publishCorrections(d: Dataset): PublishedCorrection[] {
  const urls = new Map(d.sources.map((s) => [s.id, s.url]));
  return d.corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => ({
      date: c.date,
      file: c.file,
      record: c.record,
      field: c.field,
      change: c.change,
      why: c.why,
      sourceUrls: (c.sources ?? []).map((id) => urls.get(id)).filter((u): u is string => !!u)
    }));
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
