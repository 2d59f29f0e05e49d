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
