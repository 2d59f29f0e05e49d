// Look-ups the timeline's story sections make in the dataset: people by name, events by what they
// are about, and the sources to cite for a set of events. Nothing here types a fact; it finds it.
import type { Dataset, Event, Person } from '$lib/data/schema';
import type { Inline } from '$lib/story/types';
import { compareDates } from './dates';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The person whose name, a variant or an alias contains `name` (accents and case ignored). */
export function findPerson(d: Dataset, name: string): Person | undefined {
  const n = fold(name);
  return d.people.find((p) => [p.name ?? '', ...p.nameVariants, ...p.aliases].some((x) => fold(x).includes(n)));
}

export interface EventQuery {
  /** Events naming this person (matched by name in people.json). */
  person?: string;
  /** Events whose title matches. */
  title?: RegExp;
  /** Restrict to events whose date starts with one of these prefixes ("2015", "2025-0"). */
  within?: string[];
}

/** Events that name the person or match the title, in date order. */
export function findEvents(d: Dataset, q: EventQuery): Event[] {
  const pid = q.person ? findPerson(d, q.person)?.id : undefined;
  return d.events
    .filter((e) => (pid !== undefined && e.people.includes(pid)) || (q.title !== undefined && q.title.test(fold(e.title))))
    .filter((e) => !q.within || q.within.some((w) => e.date.startsWith(w)))
    .sort((a, b) => compareDates(a.date, b.date));
}

export function ids(events: Event[]): string[] {
  return events.map((e) => e.id);
}

/** A phrase linked to the sources of these events (or of the fallback ids when there are none). */
export function cite(text: string, events: { sources: string[] }[], fallback: string[] = []): Inline {
  const s = [...new Set(events.flatMap((e) => e.sources))].slice(0, 3);
  const sources = s.length ? s : fallback.slice(0, 3);
  return sources.length ? { text, sources } : text;
}

/** Whole months between two ISO dates (by calendar month). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb! - ya!) * 12 + ((mb ?? 1) - (ma ?? 1));
}
