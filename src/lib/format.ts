// Formatting shared by the story, the visuals and the roster: dates keep their precision.
import { precisionOf } from '$lib/data/precision';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = MONTHS.map((m) => (m.length > 4 ? m.slice(0, 3) : m));

/** "27 February 2025", "February 2025" or "2025": never more precise than the data. */
export function formatDate(iso: string, short = false): string {
  const [y, m, d] = iso.split('-');
  const names = short ? SHORT : MONTHS;
  switch (precisionOf(iso)) {
    case 'year':
      return y!;
    case 'month':
      return `${names[Number(m) - 1]} ${y}`;
    case 'day':
      return `${Number(d)} ${names[Number(m) - 1]} ${y}`;
  }
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/**
 * Newsroom style: numbers under ten in words, thousands grouped with commas. Grouped by hand because
 * the browser's number formatting builds a locale formatter on first use: ~25 ms on a throttled phone,
 * inside a scene change.
 */
export function count(n: number): string {
  if (n >= 0 && n < WORDS.length && Number.isInteger(n)) return WORDS[n]!;
  if (!Number.isInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c": the story's list joiner, one copy for every sentence and description. */
export function list(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

// The Spanish edition's forms, es-MX: "27 de febrero de 2025", "febrero de 2025", "1,234", "a, b y c".
// Dates through Intl (built once, at first use: the Spanish page formats at build time, not in a frame).
let esDay: Intl.DateTimeFormat | undefined;
let esMonth: Intl.DateTimeFormat | undefined;
export function formatDateEs(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const at = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  switch (precisionOf(iso)) {
    case 'year':
      return String(y);
    case 'month':
      esMonth ??= new Intl.DateTimeFormat('es-MX', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      return esMonth.format(at);
    case 'day':
      esDay ??= new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      return esDay.format(at);
  }
}

const WORDS_ES = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'];
/** Numbers under ten in words ("una" before a feminine noun), the rest grouped es-MX style: 1,234. */
export function countEs(n: number, feminine = false): string {
  if (n === 1) return feminine ? 'una' : 'un';
  if (n >= 0 && n < WORDS_ES.length && Number.isInteger(n)) return WORDS_ES[n]!;
  return n.toLocaleString('es-MX');
}

export function pluralEs(n: number, one: string, many: string, feminine = false): string {
  return `${countEs(n, feminine)} ${n === 1 ? one : many}`;
}

/** "a, b y c"; "y" becomes "e" before an i- sound ("Sinaloa e Hidalgo"). */
export function listEs(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  const last = xs[xs.length - 1]!;
  const and = /^h?[ií](?![aeouáéó])/i.test(last) ? 'e' : 'y';
  return `${xs.slice(0, -1).join(', ')} ${and} ${last}`;
}
