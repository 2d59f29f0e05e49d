// The dataset in the reader's language: the same records, ids, dates, counts and sources, with each shown text
// field taken from the record's `es` where the edition is Spanish. One table lists the shown fields, so the
// build check (a field with English but no Spanish fails, naming file, record and field) and the swap agree.
import type { Lang } from '$lib/i18n/lang';
import type { Dataset, Person } from './schema';
import type { DataProblem } from './problem';

type Text = string | null | undefined;
/** The longest list the table covers; a longer one is reported rather than left half in English. */
const LIST_MAX = 60;
/** One shown field: its name in a problem report, its English and its Spanish, and how to write the Spanish in. */
interface Field<R> {
  name: string;
  /** For a field of a list: the list's key in `es`. */
  list?: string;
  en: (r: R) => Text;
  es: (r: R) => Text;
  put: (r: R, v: string) => R;
}

/** Fields of a flat `es` mirror: `es.title` beside `title`. */
function flat<R extends { es?: object | null }>(...keys: (keyof R & string)[]): Field<R>[] {
  return keys.map((k) => ({
    name: k,
    en: (r) => r[k] as Text,
    es: (r) => (r.es as Record<string, Text> | undefined)?.[k],
    put: (r, v) => ({ ...r, [k]: v })
  }));
}

/**
 * A list of texts (charges) or of objects' texts (history[].text), mirrored in `es` as a list of strings. One
 * Field per index up to `max`; an index past a record's list reads as absent, and a Spanish list of another
 * length than its English is reported by `spanishProblems`.
 */
function listed<R extends { es?: object | null }>(
  key: keyof R & string,
  count: (r: R) => number,
  get: (r: R, i: number) => Text,
  set: (r: R, i: number, v: string) => R,
  max = LIST_MAX
): Field<R>[] {
  return Array.from({ length: max }, (_, i) => ({
    name: `${key}[${i}]`,
    list: key,
    en: (r: R) => (i < count(r) ? get(r, i) : null),
    es: (r: R) => (i < count(r) ? ((r.es as Record<string, Text[] | undefined> | undefined)?.[key]?.[i] as Text) : null),
    put: (r: R, v: string) => set(r, i, v)
  }));
}

const setAt = <T>(xs: T[], i: number, v: T): T[] => xs.map((x, j) => (j === i ? v : x));
const esOf = (p: Person) => p.es;

const PERSON: Field<Person>[] = [
  ...flat<Person>('nationality', 'faction', 'role', 'courtNote', 'allegation', 'description'),
  {
    name: 'capture.place',
    en: (p) => p.capture?.place,
    es: (p) => esOf(p)?.capture?.place,
    put: (p, v) => ({ ...p, capture: { ...p.capture!, place: v } })
  },
  {
    name: 'capture.note',
    en: (p) => p.capture?.note,
    es: (p) => esOf(p)?.capture?.note,
    put: (p, v) => ({ ...p, capture: { ...p.capture!, note: v } })
  },
  {
    name: 'status.detail',
    en: (p) => p.status.detail,
    es: (p) => esOf(p)?.status?.detail,
    put: (p, v) => ({ ...p, status: { ...p.status, detail: v } })
  },
  {
    name: 'status.sentence',
    en: (p) => p.status.sentence,
    es: (p) => esOf(p)?.status?.sentence,
    put: (p, v) => ({ ...p, status: { ...p.status, sentence: v } })
  },
  ...listed<Person>('charges', (p) => p.charges.length, (p, i) => p.charges[i], (p, i, v) => ({ ...p, charges: setAt(p.charges, i, v) })),
  ...listed<Person>(
    'history',
    (p) => p.history.length,
    (p, i) => p.history[i]!.text,
    (p, i, v) => ({ ...p, history: setAt(p.history, i, { ...p.history[i]!, text: v }) })
  ),
  ...listed<Person>(
    'conflicts',
    (p) => p.conflicts.length,
    (p, i) => p.conflicts[i]!.text,
    (p, i, v) => ({ ...p, conflicts: setAt(p.conflicts, i, { ...p.conflicts[i]!, text: v }) })
  ),
  ...Array.from({ length: LIST_MAX }, (_, i): Field<Person>[] => [
    {
      name: `scheduled[${i}].what`,
      list: 'scheduled',
      en: (p) => p.scheduled?.[i]?.what,
      es: (p) => esOf(p)?.scheduled?.[i]?.what,
      put: (p, v) => ({ ...p, scheduled: setAt(p.scheduled!, i, { ...p.scheduled![i]!, what: v }) })
    },
    {
      name: `scheduled[${i}].outcome`,
      en: (p) => p.scheduled?.[i]?.outcome?.text,
      es: (p) => esOf(p)?.scheduled?.[i]?.outcome,
      put: (p, v) => ({
        ...p,
        scheduled: setAt(p.scheduled!, i, { ...p.scheduled![i]!, outcome: { ...p.scheduled![i]!.outcome!, text: v } })
      })
    }
  ]).flat()
];

type Ev = Dataset['events'][number];
type Org = Dataset['organizations'][number];
type Tr = Dataset['transfers'][number];
type Court = Dataset['courts'][number];
type Place = Dataset['places'][number];

const EVENT: Field<Ev>[] = [
  ...flat<Ev>('title', 'description'),
  ...listed<Ev>(
    'conflicts',
    (e) => e.conflicts?.length ?? 0,
    (e, i) => e.conflicts![i]!.text,
    (e, i, v) => ({ ...e, conflicts: setAt(e.conflicts!, i, { ...e.conflicts![i]!, text: v }) }),
    10
  )
];

const ORG: Field<Org>[] = [
  ...flat<Org>('name', 'note'),
  {
    // A short name that is the same in Spanish (CJNG, Los Rusos) needs no Spanish of its own.
    name: 'shortName',
    en: () => null,
    es: (o) => o.es.shortName,
    put: (o, v) => ({ ...o, shortName: v })
  },
  {
    name: 'founded.note',
    en: (o) => o.founded?.note,
    es: (o) => o.es.founded?.note,
    put: (o, v) => ({ ...o, founded: { ...o.founded!, note: v } })
  }
];

const PLACE: Field<Place>[] = [
  // Places whose name is the same in Spanish (Culiacán) carry no `es`; those that differ carry both names.
  { name: 'name', en: () => null, es: (p) => p.es?.name, put: (p, v) => ({ ...p, name: v }) },
  { name: 'shortName', en: () => null, es: (p) => p.es?.shortName, put: (p, v) => ({ ...p, shortName: v }) }
];

/** Per file: the records and the shown fields that need Spanish. */
const TABLE = {
  'people.json': (d: Dataset) => [d.people, PERSON] as const,
  'events.json': (d: Dataset) => [d.events, EVENT] as const,
  'ties.json': (d: Dataset) => [d.ties, flat<Dataset['ties'][number]>('detail')] as const,
  'territories.json': (d: Dataset) => [d.territories, flat<Dataset['territories'][number]>('detail')] as const,
  'courts.json': (d: Dataset) => [d.courts, flat<Court>('name', 'city')] as const,
  'organizations.json': (d: Dataset) => [d.organizations, ORG] as const,
  'transfers.json': (d: Dataset) => [d.transfers, flat<Tr>('label', 'summary', 'legalBasis')] as const,
  'places.json': (d: Dataset) => [d.places, PLACE] as const
};
type File = keyof typeof TABLE;

/** Every shown field with English text and no Spanish, and every Spanish list of another length than its English. */
export function spanishProblems(d: Dataset): DataProblem[] {
  const out: DataProblem[] = [];
  for (const file of Object.keys(TABLE) as File[]) {
    const [records, fields] = TABLE[file](d) as unknown as [{ id: string; es?: object }[], Field<{ id: string }>[]];
    const lists = new Map(fields.filter((f) => f.list).map((f) => [f.list!, f]));
    for (const r of records) {
      for (const f of fields)
        if (f.en(r) && !f.es(r)) out.push({ file, record: r.id, field: `es.${f.name}`, message: 'shown to readers, but has no Spanish text' });
      for (const [key] of lists) {
        const es = (r.es as Record<string, unknown[] | undefined> | undefined)?.[key];
        const en = (r as unknown as Record<string, unknown[] | undefined>)[key];
        if ((en?.length ?? 0) > LIST_MAX)
          out.push({ file, record: r.id, field: key, message: `more than ${LIST_MAX} items: raise LIST_MAX in localize.ts` });
        if (es && es.length !== (en?.length ?? 0))
          out.push({ file, record: r.id, field: `es.${key}`, message: `${es.length} Spanish items for ${en?.length ?? 0} English` });
      }
    }
  }
  return out;
}

const cache = new WeakMap<Dataset, Dataset>();

/** The dataset with its shown text in `lang`; the English dataset is returned as it is. */
export function localize(d: Dataset, lang: Lang): Dataset {
  if (lang === 'en') return d;
  const hit = cache.get(d);
  if (hit) return hit;
  const swap = <R>(records: R[], fields: Field<R>[]): R[] =>
    records.map((r) => fields.reduce((acc, f) => (f.es(r) ? f.put(acc, f.es(r)!) : acc), r));
  const out: Dataset = {
    ...d,
    meta: { ...d.meta, title: d.meta.es.title, dek: d.meta.es.dek },
    people: swap(d.people, PERSON),
    events: swap(d.events, EVENT),
    ties: swap(d.ties, flat('detail')),
    territories: swap(d.territories, flat('detail')),
    courts: swap(d.courts, flat('name', 'city')),
    organizations: swap(d.organizations, ORG),
    transfers: swap(d.transfers, flat('label', 'summary', 'legalBasis')),
    places: swap(d.places, PLACE)
  };
  cache.set(d, out);
  return out;
}
