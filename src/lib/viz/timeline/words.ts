// The timeline's own words in each edition: categories, legend, title, list and the scene read out. The facts
// (the window, the events that stand out) come from scene.ts; only the sentences differ here.
import type { Category } from '$lib/data/schema';
import { formatDate, formatDateEs } from '$lib/format';
import type { Words } from '$lib/i18n/lang';

export const CATEGORY_LABELS: Words<Record<Category, string>> = {
  en: {
    violence: 'Violence',
    arrest: 'Arrest',
    'escape-release': 'Escape or release',
    court: 'Court',
    organization: 'Organization',
    'policy-trade': 'Policy and trade',
    'extradition-transfer': 'Extradition or transfer'
  },
  es: {
    violence: 'Violencia',
    arrest: 'Detención',
    'escape-release': 'Fuga o liberación',
    court: 'Tribunales',
    organization: 'Organización',
    'policy-trade': 'Política y comercio',
    'extradition-transfer': 'Extradición o envío'
  }
};

export interface TimelineWords {
  date: (iso: string) => string;
  categories: string;
  bracket: string;
  ends: (asOf: string) => string;
  title: (asOf: string) => string;
  listSummary: (n: number) => string;
  precision: { year: string; month: string; day: string };
  people: (n: number) => string;
  source: (k: number, of: number) => string;
  /** "1985 to 27 February 2026" */
  era: (from: number, to: number | string) => string;
  describe: (era: string, caption: string, n: number, span: string) => string;
  /** The dates of the events shown: the one event's, or the first and last (null for one event). */
  span: (from: string, to: string | null) => string;
}

export const TIMELINE_WORDS: Words<TimelineWords> = {
  en: {
    date: (iso) => formatDate(iso),
    categories: 'Event categories',
    bracket: 'Bracket: known only to the month or year',
    ends: (asOf) => `Ends ${formatDate(asOf)}`,
    title: (asOf) => `Timeline of events, 1985 to ${formatDate(asOf)}`,
    listSummary: (n) => `The ${n} ${n === 1 ? 'event' : 'events'} in this view, with sources`,
    precision: { year: 'known to the year', month: 'known to the month', day: '' },
    people: (n) => `, ${n} people`,
    source: (k) => (k ? ', ' : 'Source: '),
    era: (a, b) => `${a} to ${typeof b === 'string' ? formatDate(b) : b}`,
    describe: (era, caption, n, span) => `Timeline, ${era}: ${caption}. ${n} ${n === 1 ? 'event' : 'events'} shown${span}.`,
    span: (a, b) => (b === null ? `, ${a}` : `, from ${a} to ${b}`)
  },
  es: {
    date: (iso) => formatDateEs(iso),
    categories: 'Categorías de los hechos',
    bracket: 'Corchete: solo se conoce el mes o el año',
    ends: (asOf) => `Al ${formatDateEs(asOf)}`,
    title: (asOf) => `Línea de tiempo de los hechos, de 1985 al ${formatDateEs(asOf)}`,
    listSummary: (n) => (n === 1 ? 'El hecho de esta vista, con su fuente' : `Los ${n} hechos de esta vista, con sus fuentes`),
    precision: { year: 'solo se conoce el año', month: 'solo se conoce el mes', day: '' },
    people: (n) => `, ${n} personas`,
    source: (k, of) => (k ? ', ' : of > 1 ? 'Fuentes: ' : 'Fuente: '),
    era: (a, b) => `de ${a} ${typeof b === 'string' ? `al ${formatDateEs(b)}` : `a ${b}`}`,
    describe: (era, caption, n, span) => `Línea de tiempo, ${era}: ${caption}. ${n === 1 ? 'Se muestra un hecho' : `Se muestran ${n} hechos`}${span}.`,
    span: (a, b) => (b === null ? `: ${a}` : `, del ${a} al ${b}`)
  }
};
