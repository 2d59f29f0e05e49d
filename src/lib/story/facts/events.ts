// Look-ups the timeline's sections make in the dataset: people and events by id or by the tags on the
// records, never by their wording, so an editor can retitle an event without changing a step.
import type { Dataset, Event, Person } from '$lib/data/schema';
import { compareDates } from '$lib/viz/timeline/dates';

/** A record the story cannot do without: a miss fails the build naming the step that needed it. */
export class StoryError extends Error {}

export function person(d: Dataset, id: string, step: string): Person {
  const p = d.people.find((x) => x.id === id);
  if (!p) throw new StoryError(`step "${step}": no person "${id}" in people.json`);
  return p;
}

export function event(d: Dataset, id: string, step: string): Event {
  const e = d.events.find((x) => x.id === id);
  if (!e) throw new StoryError(`step "${step}": no event "${id}" in events.json`);
  return e;
}

export interface EventQuery {
  /** Events naming any of these person ids. */
  people?: string[];
  /** Events carrying any of these tags. */
  tags?: string[];
  /** Restrict to events whose date starts with one of these prefixes ("2015", "2025-0"). */
  within?: string[];
}

/** Events that name one of the people or carry one of the tags, in date order; none fails the build. */
export function events(d: Dataset, q: EventQuery, step: string): Event[] {
  const out = d.events
    .filter((e) => (q.people ?? []).some((p) => e.people.includes(p)) || (q.tags ?? []).some((t) => e.tags?.includes(t)))
    .filter((e) => !q.within || q.within.some((w) => e.date.startsWith(w)))
    .sort((a, b) => compareDates(a.date, b.date));
  if (!out.length) throw new StoryError(`step "${step}": no event matches ${JSON.stringify(q)}`);
  return out;
}

export function ids(events: readonly Event[]): string[] {
  return events.map((e) => e.id);
}

/** Whole months between two ISO dates (by calendar month). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb! - ya!) * 12 + ((mb ?? 1) - (ma ?? 1));
}
