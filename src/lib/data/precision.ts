// The precision of a reduced-precision ISO date, apart from the schemas so the browser never loads zod (whose
// probe for `Function` is an eval a strict Content-Security-Policy refuses, and 60 KB the reader never needs).

export type DatePrecision = 'year' | 'month' | 'day';

/** "1985" → year, "1985-02" → month, "1985-02-07" → day: precision is the length. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
