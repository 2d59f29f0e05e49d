// The roster's own words in each edition: status labels, the words a reader may type for a status, family
// relations and the phrases around a row's facts. The facts themselves (rows, statuses, relations, dates) are
// computed once in roster.ts; these only turn them into text. Record text comes already translated (localize).
import type { Status } from '$lib/data/schema';
import { formatDate, formatDateEs } from '$lib/format';
import type { Lang, Words } from '$lib/i18n/lang';

/** What a relative is to the person of the row. */
export type Kin = 'sibling' | 'parent' | 'child' | 'spouse' | 'in-law' | 'relative';

export const STATUS_LABELS_IN: Words<Record<Status, string>> = {
  en: {
    charged: 'Charged',
    'pleaded-not-guilty': 'Pleaded not guilty',
    'pleaded-guilty': 'Pleaded guilty',
    convicted: 'Convicted',
    sentenced: 'Sentenced',
    deceased: 'Deceased',
    unknown: 'Unknown'
  },
  // Labels that hold for a man or a woman: the data records no gender, and the roster must not guess one.
  es: {
    charged: 'Con cargos formales',
    'pleaded-not-guilty': 'Se declaró no culpable',
    'pleaded-guilty': 'Se declaró culpable',
    convicted: 'Con veredicto de culpabilidad',
    sentenced: 'Con sentencia',
    deceased: 'Falleció',
    unknown: 'Situación desconocida'
  }
};

/**
 * Words a reader may use for a status beyond its label ("found guilty" is what a conviction means; a Spanish
 * reader types "sentenciado" or "acusado" whatever the label's grammar).
 */
export const STATUS_WORDS_IN: Words<Record<Status, string>> = {
  en: {
    charged: 'accused',
    'pleaded-not-guilty': 'plea',
    'pleaded-guilty': 'plea',
    convicted: 'found guilty',
    sentenced: 'sentence',
    deceased: 'dead died',
    unknown: 'status not known'
  },
  es: {
    charged: 'acusado acusada imputado imputada',
    'pleaded-not-guilty': 'declaración inocente',
    'pleaded-guilty': 'declaración',
    convicted: 'culpable condenado condenada veredicto',
    sentenced: 'sentenciado sentenciada condenado condenada sentencia',
    deceased: 'muerto muerta murió fallecido fallecida',
    unknown: 'desconocido desconocida'
  }
};

/** The word after which the search marks a word as negated: "culpable" must not find "no culpable". */
export const NEGATION: Words = { en: 'not', es: 'no' };

const KIN: Words<Record<Kin, string>> = {
  en: { sibling: 'sibling', parent: 'parent', child: 'child', spouse: 'spouse', 'in-law': 'in-law', relative: 'relative' },
  es: {
    sibling: 'hermano o hermana',
    parent: 'padre o madre',
    child: 'hijo o hija',
    spouse: 'cónyuge',
    'in-law': 'familiar político',
    relative: 'pariente'
  }
};

/** Extra words a sibling is found by ("brother" finds El Mencho's brothers). */
export const SIBLING_WORDS: Words = { en: 'brother sister', es: 'hermanos' };

/** Words an unidentified or sealed row is found by beyond its label. */
export const UNKNOWN_WORDS: Words<Record<'unidentified' | 'sealed', string>> = {
  en: { unidentified: '', sealed: '' },
  es: { unidentified: 'no identificado no identificada sin identificar', sealed: 'reserva reservado sellado' }
};

export const UNKNOWN_NAME: Words<Record<'unidentified' | 'sealed', string>> = {
  en: { unidentified: 'Unidentified', sealed: 'Name sealed by the US court' },
  es: { unidentified: 'Sin identificar', sealed: 'Nombre bajo reserva (tribunal de EU)' }
};

export const NONE_REPORTED: Words = { en: 'None reported', es: 'Ninguna reportada' };
export const NOT_REPORTED: Words = { en: 'Not reported', es: 'No reportado' };

/** A date as the table prints it: short months in English ("8 Mar 2027"), the full date in Spanish. */
export function tableDate(iso: string, lang: Lang): string {
  return lang === 'es' ? formatDateEs(iso) : formatDate(iso, true);
}

export function kinLabel(kin: string, lang: Lang): string {
  return KIN[lang][kin as Kin] ?? kin;
}

/** "sibling of X" / "hermano o hermana de X", and whether the tie is disputed. */
export function relativeText(kin: string, who: string, disputed: boolean, lang: Lang): string {
  if (lang === 'es') return `${kinLabel(kin, lang)} de ${who}${disputed ? ' (en disputa)' : ''}`;
  return `${kin} of ${who}${disputed ? ' (disputed)' : ''}`;
}

export function scheduledText(what: string, date: string, note: string | null, then: { what: string; date: string } | null, lang: Lang): string {
  const n = note ? ` (${note})` : '';
  if (lang === 'es') {
    const t = then ? `; después, ${then.what}, ${formatDateEs(then.date)}` : '';
    return `Fecha fijada: ${what}, ${formatDateEs(date)}${n}${t}`;
  }
  const t = then ? `; then ${then.what}, ${formatDate(then.date, true)}` : '';
  return `Scheduled: ${what}, ${formatDate(date, true)}${n}${t}`;
}

export const SENTENCE: Words = { en: 'Sentence:', es: 'Sentencia:' };
