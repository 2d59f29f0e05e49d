// The roster's rows: one per transferred person, with names resolved and unknowns spelled out, and the
// words a reader may type to find each one (the search covers what the row shows, in the reader's words).
import type { Dataset, Relation, Status } from '$lib/data/schema';
import { nextScheduled } from '$lib/data/scheduled';
import type { Lang } from '$lib/i18n/lang';
import {
  NEGATION,
  NONE_REPORTED,
  SENTENCE,
  SIBLING_WORDS,
  STATUS_LABELS_IN,
  STATUS_WORDS_IN,
  UNKNOWN_NAME,
  UNKNOWN_WORDS,
  relativeText,
  scheduledText
} from '$lib/roster/words';

export interface RosterRelative {
  id: string;
  /** The relative's name, or the unidentified/sealed wording. */
  name: string;
  aliases: string[];
  /** "sibling", "parent", "child", "spouse", "in-law" or "relative": what the relative is to this person. */
  relation: string;
  disputed: boolean;
}

export interface RosterNext {
  what: string;
  date: string;
  /** "outcome not known as of <as-of date>" (in the row's language) once the date has passed; null before. */
  note: string | null;
  then: { what: string; date: string } | null;
}

export interface RosterRow {
  id: string;
  /** null when the sources give no name: the table says "unidentified" or "sealed", never a guess. */
  name: string | null;
  kind: 'named' | 'unidentified' | 'sealed';
  aliases: string[];
  nameVariants: string[];
  description: string | null;
  role: string | null;
  faction: string | null;
  transfer: string;
  transferDate: string;
  /** The person's organization first, then the organizations it belongs to (a faction names its cartel). */
  organizations: { id: string; name: string; shortName: string; aliases: string[] }[];
  court: { name: string; abbr: string; city: string } | null;
  courtNote: string | null;
  allegation: string | null;
  status: Status;
  statusDate: string | null;
  statusDetail: string | null;
  relatives: RosterRelative[];
  /** The earliest hearing, trial or sentencing with no outcome recorded, and the open one after it. */
  next: RosterNext | null;
  /** Where the sources disagree about this person: shown, never resolved silently. */
  conflicts: string[];
  confidence: 'high' | 'medium' | 'low';
  sources: { url: string; publisher: string }[];
}

/** The English labels; STATUS_LABELS_IN (roster/words.ts) has both editions'. */
export const STATUS_LABELS: Record<Status, string> = STATUS_LABELS_IN.en;

/** Family ties only: "Mencho" finds his brothers, not every member of his cartel. */
const FAMILY: ReadonlySet<Relation> = new Set(['sibling', 'spouse', 'in-law', 'parent-child', 'extended-family']);

function relationOf(relation: Relation, personIsSource: boolean): string {
  switch (relation) {
    case 'parent-child':
      // The tie runs parent → child: seen from the child, the other end is the parent.
      return personIsSource ? 'child' : 'parent';
    case 'extended-family':
      return 'relative';
    default:
      return relation;
  }
}

/** The rows of `d`, a dataset already in `lang` (datasetIn), with the roster's own words in `lang`. */
export function rosterRows(d: Dataset, lang: Lang = 'en'): RosterRow[] {
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const courts = new Map(d.courts.map((c) => [c.id, c]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const people = new Map(d.people.map((p) => [p.id, p]));
  const transfers = new Map(d.transfers.map((t, i) => [t.id, { t, i }]));

  function chain(id: string | null): RosterRow['organizations'] {
    const out: RosterRow['organizations'] = [];
    const seen = new Set<string>();
    for (let o = id ? orgs.get(id) : undefined; o && !seen.has(o.id); o = o.parent ? orgs.get(o.parent) : undefined) {
      seen.add(o.id);
      out.push({ id: o.id, name: o.name, shortName: o.shortName, aliases: o.aliases });
    }
    return out;
  }

  function relatives(id: string): RosterRelative[] {
    return d.ties
      .filter((t) => FAMILY.has(t.relation) && (t.source === id || t.target === id))
      .flatMap((t) => {
        const other = people.get(t.source === id ? t.target : t.source);
        if (!other) return [];
        return [
          {
            id: other.id,
            name: nameOf(other, lang),
            aliases: other.aliases,
            relation: relationOf(t.relation, t.source === id),
            disputed: t.disputed
          }
        ];
      });
  }

  // Whether a date has passed is judged on the day the page was last published, so the build is repeatable;
  // what is known of the outcome runs only to the end of the reporting.
  function next(p: Dataset['people'][number]): RosterNext | null {
    const n = nextScheduled(p, d.meta.modified, d.meta.asOf, lang);
    if (!n) return null;
    const then = n.following && { what: n.following.what, date: n.following.date };
    return { what: n.step.what, date: n.step.date, note: n.note, then };
  }

  return d.people
    .filter((p) => p.transfer !== null)
    .map((p) => {
      const t = transfers.get(p.transfer!)!.t;
      const c = p.court ? courts.get(p.court)! : null;
      return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        aliases: p.aliases,
        nameVariants: p.nameVariants,
        description: p.description,
        role: p.role,
        faction: p.faction,
        transfer: t.id,
        transferDate: t.date,
        organizations: chain(p.organization),
        court: c ? { name: c.name, abbr: c.abbr, city: c.city } : null,
        courtNote: p.courtNote,
        allegation: p.allegation,
        status: p.status.value,
        statusDate: p.status.date,
        statusDetail: p.status.sentence ? `${p.status.detail ?? ''} ${SENTENCE[lang]} ${p.status.sentence}`.trim() : p.status.detail,
        relatives: relatives(p.id),
        next: next(p),
        conflicts: p.conflicts.map((c) => c.text),
        confidence: p.confidence,
        sources: p.sources.map((id) => {
          const s = sources.get(id)!;
          return { url: s.url, publisher: s.publisher };
        })
      };
    })
    .sort(
      (a, b) =>
        transfers.get(a.transfer)!.i - transfers.get(b.transfer)!.i ||
        Number(a.name === null) - Number(b.name === null) ||
        (a.name ?? a.id).localeCompare(b.name ?? b.id, 'es')
    );
}

/** Lower case without accents, so "narco de nárcos" finds "Narco de Narcos". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a text as the search compares them: folded, with the dots of abbreviations dropped
 * ("E.D.N.Y." and "EDNY" are one word), and a word after "not" marked as negated, so "guilty" does not
 * find "pleaded not guilty" while "not guilty" still does.
 */
export function words(s: string, lang: Lang = 'en'): string[] {
  const out: string[] = [];
  let negate = false;
  for (const w of fold(s).replace(/[.’']/g, '').split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    out.push(negate ? `~${w}` : w);
    negate = w === NEGATION[lang];
  }
  return out;
}

/** The organization as the row shows it: "Los Chapitos (Sinaloa Cartel)". */
export function organizationLabel(r: Pick<RosterRow, 'organizations'>): string | null {
  const [own, ...within] = r.organizations;
  if (!own) return null;
  return within.length ? `${own.name} (${within.map((o) => o.name).join(', ')})` : own.name;
}

/** The court as the row shows it, with its abbreviation and city: how reporters and readers name it. */
export function courtLabel(r: Pick<RosterRow, 'court'>): string | null {
  return r.court ? `${r.court.name} (${r.court.abbr}, ${r.court.city})` : null;
}

/** "sibling of Nemesio Oseguera Cervantes “El Mencho”": the family line of a row. */
export function relativeLabel(k: RosterRelative, lang: Lang = 'en'): string {
  const aliases = k.aliases.length ? ` “${k.aliases.join('”, “')}”` : '';
  return relativeText(k.relation, `${k.name}${aliases}`, k.disputed, lang);
}

/**
 * "Scheduled: pretrial hearing, 17 June 2026 (outcome not known as of 20 March 2026); then trial, 8 Mar 2027".
 * "Scheduled", not "next": the date may have passed with no outcome in the sources.
 */
export function nextLabel(n: RosterNext, lang: Lang = 'en'): string {
  return scheduledText(n.what, n.date, n.note, n.then, lang);
}

/** The text a roster search looks through: each word once, folded, at build time. */
export function searchText(r: RosterRow, lang: Lang = 'en'): string {
  const parts = [
    nameOf(r, lang),
    r.kind === 'named' ? null : UNKNOWN_WORDS[lang][r.kind],
    ...r.aliases,
    ...r.nameVariants,
    r.description,
    r.role,
    r.faction,
    r.allegation,
    ...r.organizations.flatMap((o) => [o.name, o.shortName, ...o.aliases]),
    r.court && `${r.court.name} ${r.court.abbr} ${r.court.city}`,
    r.courtNote,
    STATUS_LABELS_IN[lang][r.status],
    STATUS_WORDS_IN[lang][r.status],
    r.statusDetail,
    r.next && `${r.next.what} ${r.next.then?.what ?? ''}`,
    ...r.relatives.map((k) => `${relativeLabel(k, lang)} ${k.relation === 'sibling' ? SIBLING_WORDS[lang] : ''}`)
  ];
  return [...new Set(words(parts.filter(Boolean).join(' '), lang))].join(' ');
}

export interface RosterFilter {
  query: string;
  transfer: string;
  status: string;
  organization: string;
}

export const NO_FILTER: RosterFilter = { query: '', transfer: 'all', status: 'all', organization: 'all' };

/** The value of the organization filter for rows without an organization. */
export const NO_ORGANIZATION = 'none';

/** What a row carries for the filters (data attributes on its <tr>). */
export interface RowKeys {
  search: string;
  transfer: string;
  status: string;
  /** Space-separated ids: the person's organization and those it belongs to, or "none". */
  organizations: string;
}

export function rowKeys(r: RosterRow, lang: Lang = 'en'): RowKeys {
  return {
    search: searchText(r, lang),
    transfer: r.transfer,
    status: r.status,
    organizations: r.organizations.length ? r.organizations.map((o) => o.id).join(' ') : NO_ORGANIZATION
  };
}

/**
 * Whether a row passes the roster's filters: every word of the query begins a word of the row, so
 * "Marin" finds "Marín" and "Caro Brooklyn" finds Caro Quintero, in any order.
 */
export function rowMatches(row: RowKeys, f: RosterFilter, lang: Lang = 'en'): boolean {
  if (f.transfer !== 'all' && row.transfer !== f.transfer) return false;
  if (f.status !== 'all' && row.status !== f.status) return false;
  if (f.organization !== 'all' && !row.organizations.split(' ').includes(f.organization)) return false;
  const text = ` ${row.search}`;
  return words(f.query, lang).every((w) => text.includes(` ${w}`));
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The choices of the status and organization filters, each with how many people it shows. */
export function filterOptions(rows: RosterRow[], lang: Lang = 'en'): { statuses: FilterOption[]; organizations: FilterOption[] } {
  const statuses = (Object.keys(STATUS_LABELS) as Status[])
    .map((s) => ({ value: s, label: STATUS_LABELS_IN[lang][s], count: rows.filter((r) => r.status === s).length }))
    .filter((o) => o.count > 0);

  // Every organization someone belongs to, directly or through a faction, listed under its top parent.
  const byId = new Map<string, { name: string; path: string[]; count: number }>();
  for (const r of rows) {
    r.organizations.forEach((o, i) => {
      const path = r.organizations.slice(i).reverse().map((x) => x.name);
      const e = byId.get(o.id) ?? { name: o.name, path, count: 0 };
      e.count++;
      byId.set(o.id, e);
    });
  }
  const organizations = [...byId.entries()]
    .sort(([, a], [, b]) => comparePaths(a.path, b.path))
    .map(([id, e]) => ({ value: id, label: e.path.join(' › '), count: e.count }));
  const none = rows.filter((r) => !r.organizations.length).length;
  if (none) organizations.push({ value: NO_ORGANIZATION, label: NONE_REPORTED[lang], count: none });
  return { statuses, organizations };
}

/** Tree order: a cartel, then its factions, each faction followed by its own groups. */
function comparePaths(a: string[], b: string[]): number {
  // "Los Chapitos" files under C, as the story names it, not under the article.
  const key = (s: string) => fold(s).replace(/^(los|las|la|el|the|")\s*/, '');
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = key(a[i]!).localeCompare(key(b[i]!), 'es');
    if (c) return c;
  }
  return a.length - b.length;
}

export function nameOf(r: { name: string | null; kind: 'named' | 'unidentified' | 'sealed' }, lang: Lang = 'en'): string {
  return r.name ?? UNKNOWN_NAME[lang][r.kind === 'sealed' ? 'sealed' : 'unidentified'];
}
