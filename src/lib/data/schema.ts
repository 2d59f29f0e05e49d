// Schemas of the files in data/: the shape of every record, checked at build time with zod.
// Cross-file rules (ids exist, counts match, dates in range) live in validate.ts.
import { z } from 'zod';

/** ISO 8601 date of reduced precision: "1985", "1985-02" or "1985-02-07". Precision is the length. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const dt = new Date(Date.UTC(y!, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export { precisionOf, type DatePrecision } from './precision';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');
const sourceIds = z.array(id).min(1, 'needs at least one source');
export const confidence = z.enum(['high', 'medium', 'low']);

/** The closed list of legal statuses. "unknown" is a status, not a gap in the data. */
export const STATUSES = [
  'charged',
  'pleaded-not-guilty',
  'pleaded-guilty',
  'convicted',
  'sentenced',
  'deceased',
  'unknown'
] as const;
export const status = z.enum(STATUSES);

export const meta = z.strictObject({
  title: text,
  dek: text,
  /** The reporting runs to this day; later events are unknown here, not absent. */
  asOf: isoDate,
  published: isoDate,
  modified: isoDate,
  siteUrl: z.url(),
  es: z.strictObject({ title: text, dek: text })
});

const httpUrl = z.url({ protocol: /^https?$/ });

/** primary: a government, court or agency document; news: a wire or news organization; other: the rest. */
export const SOURCE_KINDS = ['primary', 'news', 'other'] as const;
export const sourceKind = z.enum(SOURCE_KINDS);

/**
 * A document cited. For a copy or mirror the record describes the original (publisher, kind, date) and
 * `via` names the copy where it was read, so a DOJ release read on a press-release site is cited as the DOJ's.
 * `url` is the original's address when the copy states it, otherwise the copy's: always a link that opens.
 */
export const source = z.strictObject({
  id,
  url: httpUrl,
  publisher: text,
  title: text.optional(),
  /** The publication date the page gives; null when it gives none: never guessed, never a year of the facts. */
  date: isoDate.nullable(),
  kind: sourceKind,
  via: z.strictObject({ publisher: text, url: httpUrl }).nullable(),
  language: z.enum(['en', 'es']).optional()
});

export const transfer = z.strictObject({
  id,
  date: isoDate,
  /** The number of people the governments announced; must equal the person records of this transfer. */
  count: z.number().int().positive(),
  label: text,
  summary: text,
  /** The Spanish edition's text of the fields shown to readers; a missing one fails the build (es.summary). */
  es: z.strictObject({ label: text, summary: text, legalBasis: text.optional() }),
  legalBasis: text.optional(),
  origin: id,
  arrivals: z.array(z.strictObject({ place: id, count: z.number().int().positive().nullable() })),
  sources: sourceIds,
  /**
   * How many of the names US courts kept sealed, as each source counts them. Two entries with different counts
   * mean the sources disagree, and the story gives both.
   */
  sealedNames: z.array(z.strictObject({ count: z.number().int().nonnegative(), sources: sourceIds })).optional()
});

export const personStatus = z
  .strictObject({
    value: status,
    date: isoDate.nullable(),
    detail: text.nullable(),
    sentence: text.nullable().optional()
  })
  .refine((s) => s.value !== 'sentenced' || !!s.sentence, {
    message: 'a sentenced person needs the sentence',
    path: ['sentence']
  });

/**
 * The fields of a person record that state a fact, each named in `fieldSources` by the sources that state it.
 * identification covers name, nameVariants and (for unidentified records) description; organization covers
 * faction; charges covers allegation; court covers courtNote; status covers its value, date and detail.
 */
export const FACT_FIELDS = [
  'identification',
  'transfer',
  'aliases',
  'nationality',
  'organization',
  'role',
  'charges',
  'court',
  'status',
  'capture'
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

const citing = z.array(id).optional();
export const fieldSources = z.strictObject({
  identification: citing,
  transfer: citing,
  aliases: citing,
  nationality: citing,
  organization: citing,
  role: citing,
  charges: citing,
  court: citing,
  status: citing,
  capture: citing
});

/** A hearing, trial or sentencing date a source announces; `outcome` stays null until a source reports it. */
export const scheduledStep = z.strictObject({
  /** May lie after meta.asOf: it is what was announced, not what happened. */
  date: isoDate,
  what: text,
  sources: sourceIds,
  outcome: z.strictObject({ text, sources: sourceIds }).nullable()
});

/** Sources that disagree: recorded and shown, never resolved by choosing one silently. */
export const conflict = z.strictObject({
  /** The fact field the disagreement is about; null for a detail outside them (a jail, a spelling). */
  field: z.enum([...FACT_FIELDS, 'scheduled']).nullable(),
  text,
  sources: z.array(id)
});

export const person = z
  .strictObject({
    id,
    /** named: the sources give the name; unidentified: known only in part; sealed: the US keeps it sealed. */
    kind: z.enum(['named', 'unidentified', 'sealed']),
    name: text.nullable(),
    nameVariants: z.array(text),
    aliases: z.array(text),
    /** null: part of a transfer is not claimed (a context figure such as El Mencho). */
    transfer: id.nullable(),
    /** Only where the sources say the person is not Mexican. */
    nationality: text.nullable(),
    organization: id.nullable(),
    faction: text.nullable(),
    role: text.nullable(),
    court: id.nullable(),
    courtNote: text.nullable(),
    charges: z.array(text),
    allegation: text.nullable(),
    capture: z
      .strictObject({ date: isoDate.nullable(), place: text.nullable(), note: text.nullable() })
      .nullable(),
    status: personStatus,
    history: z.array(z.strictObject({ date: isoDate, text, sources: sourceIds })),
    confidence,
    /** What is known of an unidentified or sealed record, and how sources conflict. */
    description: text.nullable(),
    conflicts: z.array(conflict),
    sources: sourceIds,
    /** For each stated fact field, the ids (from `sources`) of the sources that state it. */
    fieldSources: fieldSources.optional(),
    scheduled: z.array(scheduledStep).optional(),
    /** false: not yet re-verified field by field against the stored pages (data/README.md lists them). */
    verified: z.boolean().optional(),
    /** The Spanish edition's text of each shown field, mirroring its English; src/lib/data/localize.ts checks it is whole. */
    es: z
      .strictObject({
        ...Object.fromEntries(['nationality', 'faction', 'role', 'courtNote', 'allegation', 'description'].map((k) => [k, text.optional()])),
        charges: z.array(text).optional(),
        capture: z.strictObject({ place: text.optional(), note: text.optional() }).optional(),
        status: z.strictObject({ detail: text.optional(), sentence: text.optional() }).optional(),
        history: z.array(text).optional(),
        conflicts: z.array(text).optional(),
        scheduled: z.array(z.strictObject({ what: text, outcome: text.optional() })).optional()
      })
      .optional()
  })
  .refine((p) => (p.kind === 'named') === (p.name !== null), {
    message: 'a named person needs a name; an unidentified or sealed one must not carry one',
    path: ['name']
  })
  .refine((p) => p.kind === 'named' || p.aliases.length === 0, {
    message: 'an unidentified or sealed record must not carry aliases',
    path: ['aliases']
  });

export const organization = z.strictObject({
  id,
  name: text,
  shortName: text,
  aliases: z.array(text),
  /** A faction names the organization it belongs to. */
  parent: id.nullable(),
  kind: z.enum(['cartel', 'faction', 'group', 'agency']),
  homeBase: z.array(z.string().regex(/^MX-[A-Z]{3}$/, 'must be an ISO 3166-2:MX code')),
  founded: z.strictObject({ date: isoDate.nullable(), note: text.nullable() }).nullable(),
  note: text.nullable(),
  /** The organization's usual name in Spanish (Cártel de Sinaloa), and the Spanish of its shown text. */
  es: z.strictObject({
    name: text,
    shortName: text.optional(),
    note: text.optional(),
    founded: z.strictObject({ note: text.optional() }).optional()
  }),
  sources: sourceIds
});

export const RELATIONS = [
  'sibling',
  'spouse',
  'in-law',
  'parent-child',
  'extended-family',
  'member',
  'leader',
  'associate',
  'ally',
  'rival',
  'faction-of',
  'splinter-of'
] as const;

export const tie = z.strictObject({
  id,
  /** A person or organization id; parent-child runs parent → child. */
  source: id,
  target: id,
  relation: z.enum(RELATIONS),
  detail: text,
  confidence,
  disputed: z.boolean(),
  sources: sourceIds,
  es: z.strictObject({ detail: text }).optional()
});

export const CATEGORIES = [
  'violence',
  'arrest',
  'escape-release',
  'extradition-transfer',
  'court',
  'policy-trade',
  'organization'
] as const;

export const event = z.strictObject({
  id,
  date: isoDate,
  title: text,
  description: text,
  category: z.enum(CATEGORIES),
  people: z.array(id),
  organizations: z.array(id),
  transfer: id.nullable(),
  sources: sourceIds,
  /** Where the sources disagree on the date or the facts (field null). */
  conflicts: z.array(conflict).optional(),
  /** What the story picks the event by ("tariffs", "sinaloa-war"): never its title, which an editor may reword. Optional. */
  tags: z.array(id).optional(),
  es: z.strictObject({ title: text, description: text, conflicts: z.array(text).optional() }).optional()
});

export const MX_STATE = /^MX-[A-Z]{3}$/;
export const territoryClaim = z.strictObject({
  id,
  state: z.string().regex(MX_STATE, 'must be an ISO 3166-2:MX code'),
  organization: id,
  /** dominant: the source says it controls the state; contested: fought over; presence: operates there. */
  status: z.enum(['dominant', 'contested', 'presence']),
  strength: z.enum(['significant', 'some']).nullable(),
  year: z.number().int().min(1985).max(2100),
  detail: text.nullable(),
  sources: sourceIds,
  es: z.strictObject({ detail: text.optional() }).optional()
});

export const court = z.strictObject({
  id,
  name: text,
  abbr: text,
  city: text,
  state: z.string().regex(/^US-[A-Z]{2}$/, 'must be an ISO 3166-2:US code'),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  sources: z.array(id),
  es: z.strictObject({ name: text, city: text }).optional()
});

export const place = z.strictObject({
  id,
  name: text,
  /** For running text and labels where the full name is long ("Santa Lucía air base"). */
  shortName: text.optional(),
  kind: z.enum(['city', 'airbase', 'airport', 'site']),
  /** ISO 3166-2 code of the state the point falls in (MX-… or US-…). */
  state: z.string().regex(/^(MX-[A-Z]{3}|US-[A-Z]{2})$/, 'must be an ISO 3166-2 code'),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  why: text,
  /** A Spanish name where the place has one (Ciudad de México); proper names that stay as they are have none. */
  es: z.strictObject({ name: text, shortName: text.optional() }).optional(),
  sources: z.array(id)
});

/** One change to a stated fact, logged so readers can see what was corrected and why. */
export const correction = z.strictObject({
  /** The day the change was made (may lie after meta.asOf, the end of the reporting). */
  date: isoDate.refine((d) => d.length === 10, 'must be a full day, YYYY-MM-DD'),
  file: z.enum([
    'people.json',
    'events.json',
    'sources.json',
    'ties.json',
    'organizations.json',
    'transfers.json',
    'territories.json',
    'courts.json',
    'places.json'
  ]),
  /** The record's id; a record that was removed keeps its old id, with field "(record)". */
  record: id,
  field: text,
  change: text,
  why: text,
  sources: z.array(id).optional()
});

export const FILES = {
  'meta.json': meta,
  'sources.json': z.array(source),
  'transfers.json': z.array(transfer),
  'people.json': z.array(person),
  'organizations.json': z.array(organization),
  'ties.json': z.array(tie),
  'events.json': z.array(event),
  'territories.json': z.array(territoryClaim),
  'courts.json': z.array(court),
  'places.json': z.array(place),
  'corrections.json': z.array(correction)
} as const;

export type FileName = keyof typeof FILES;
export type Meta = z.infer<typeof meta>;
export type Source = z.infer<typeof source>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ScheduledStep = z.infer<typeof scheduledStep>;
export type Conflict = z.infer<typeof conflict>;
export type Correction = z.infer<typeof correction>;
export type Transfer = z.infer<typeof transfer>;
export type Person = z.infer<typeof person>;
export type PersonStatus = z.infer<typeof personStatus>;
export type Status = z.infer<typeof status>;
export type Organization = z.infer<typeof organization>;
export type Tie = z.infer<typeof tie>;
export type Relation = (typeof RELATIONS)[number];
export type Event = z.infer<typeof event>;
export type Category = (typeof CATEGORIES)[number];
export type TerritoryClaim = z.infer<typeof territoryClaim>;
export type Court = z.infer<typeof court>;
export type Place = z.infer<typeof place>;

export interface Dataset {
  meta: Meta;
  sources: Source[];
  transfers: Transfer[];
  people: Person[];
  organizations: Organization[];
  ties: Tie[];
  events: Event[];
  territories: TerritoryClaim[];
  courts: Court[];
  places: Place[];
  corrections: Correction[];
}
