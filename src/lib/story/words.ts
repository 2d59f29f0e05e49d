// Small helpers every section's sentences use: one copy each.
import type { Inline } from './types';

/** A phrase linked to these sources; plain text when there are none. */
export function cite(text: string, sources: readonly string[]): Inline {
  return sources.length ? { text, sources: [...sources] } : text;
}

/** A phrase linked to the first three sources of these records (events, ties), or of the fallback ids when they have none. */
export function citeAll(text: string, records: readonly { sources: readonly string[] }[], fallback: readonly string[] = []): Inline {
  const s = uniq(records.flatMap((r) => r.sources));
  return cite(text, (s.length ? s : [...fallback]).slice(0, 3));
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
