// A person's next scheduled step (hearing, trial, sentencing), and whether its date has passed with no outcome
// recorded: the roster shows it, `npm run data:due` lists what an editor should look up.
import { formatDate, formatDateEs } from '../format';
import type { Lang } from '../i18n/lang';
import type { Person, ScheduledStep } from './schema';

export interface NextStep {
  step: ScheduledStep;
  /** upcoming: its date is today or later; passed: the date has gone by and no outcome is recorded. */
  state: 'upcoming' | 'passed';
  /** For a passed step: "outcome not known as of <as-of date>"; null for an upcoming one. */
  note: string | null;
  /** The open step after this one, if any (a trial date set beyond a pretrial hearing). */
  following: ScheduledStep | null;
}

/** The last day a reduced-precision date can mean: a step set for "2026-06" has passed only after June. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** Steps still open (no outcome recorded), earliest first; ties keep the record's order. */
export function openSteps(person: Pick<Person, 'scheduled'>): ScheduledStep[] {
  return (person.scheduled ?? [])
    .map((s, i) => [s, i] as const)
    .filter(([s]) => s.outcome === null)
    .sort(([a, i], [b, j]) => a.date.localeCompare(b.date) || i - j)
    .map(([s]) => s);
}

/** The note on a step whose date passed with no outcome in the sources, in the edition's words. */
export function outcomeUnknown(asOf: string, lang: Lang = 'en'): string {
  return lang === 'es' ? `se desconoce el resultado al ${formatDateEs(asOf)}` : `outcome not known as of ${formatDate(asOf)}`;
}

/**
 * The earliest step with no recorded outcome. `today` decides whether it has passed; `asOf` (the end of the
 * reporting, meta.asOf) is what the note says the outcome is unknown as of.
 */
export function nextScheduled(person: Pick<Person, 'scheduled'>, today: string, asOf: string = today, lang: Lang = 'en'): NextStep | null {
  const [step, following] = openSteps(person);
  if (!step) return null;
  const passed = lastDay(step.date) < today;
  return {
    step,
    state: passed ? 'passed' : 'upcoming',
    note: passed ? outcomeUnknown(asOf, lang) : null,
    following: following ?? null
  };
}
