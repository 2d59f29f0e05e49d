// Section "handover": three one-day operations, flight by flight, with the running total.
import type { Dataset } from '$lib/data/schema';
import { formatDate, formatDateEs, list, listEs } from '$lib/format';
import type { Lang } from '$lib/i18n/lang';
import type { Paragraph, Section } from '../types';

export default function handover(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const date = es ? formatDateEs : formatDate;
  const and = es ? listEs : list;
  const [first, second, third] = d.transfers;
  const total = d.transfers.reduce((n, t) => n + t.count, 0);
  const placeName = (id: string) => {
    const p = d.places.find((x) => x.id === id);
    if (es && p?.es) return p.es.shortName ?? p.es.name;
    return p?.shortName ?? p?.name ?? id;
  };
  const steps: Section['steps'] = d.transfers.map((t, i) => {
    const running = d.transfers.slice(0, i + 1).reduce((n, x) => n + x.count, 0);
    const counted = t.arrivals.filter((a) => a.count !== null);
    const allCounted = counted.length === t.arrivals.length;
    const where = allCounted
      ? and(t.arrivals.map((a) => `${placeName(a.place)} (${a.count})`))
      : and(t.arrivals.map((a) => placeName(a.place)));
    const cited = t.sources.slice(0, 3);
    const text: Paragraph[] = es
      ? [
          [
            { strong: cap(date(t.date)) },
            ': ',
            { text: `${t.count} personas`, sources: cited },
            ` salieron de ${placeName(t.origin)} en aviones con destino a ${where}${allCounted ? '' : '; las autoridades no dieron cifras por ciudad'}.`
          ],
          i === 0 ? [t.es.summary] : [`Con ellas suman ${running}. `, t.es.summary]
        ]
      : [
          [
            { strong: date(t.date) },
            ': ',
            { text: `${t.count} people`, sources: cited },
            ` left ${placeName(t.origin)} on planes bound for ${where}${allCounted ? '' : '; officials gave no count per city'}.`
          ],
          i === 0 ? [t.summary] : [`That makes ${running} in all. `, t.summary]
        ];
    return {
      id: `handover-${t.id}`,
      text,
      scene: {
        visual: 'map',
        map: { zoom: 'north-america', layer: 'plain', flights: d.transfers.slice(0, i + 1).map((x) => x.id) }
      }
    };
  });
  const dates = first && second && third;
  return {
    id: 'handover',
    title: es ? 'La entrega' : 'The handover',
    summary: es
      ? `En once meses, México envió a tribunales de Estados Unidos a ${total} personas acusadas de delitos ligados a cárteles, en tres operativos de un solo día.`
      : `In eleven months Mexico sent ${total} people accused of cartel crimes to US courts, in three one-day operations.`,
    visual: 'map',
    intro: [
      es
        ? [
            'Tres veces en once meses, el gobierno de México vació celdas en todo el país en un solo día y subió a los presos a aviones rumbo a Estados Unidos: ',
            dates ? `${first.count} el ${date(first.date)}, ${second.count} el ${date(second.date)} y ${third.count} el ${date(third.date)}.` : ''
          ]
        : [
            `Three times in eleven months, Mexico's government emptied cells across the country in one day and put the prisoners on planes to the United States: `,
            dates ? `${first.count} on ${date(first.date)}, ${second.count} on ${date(second.date)} and ${third.count} on ${date(third.date)}.` : ''
          ]
    ],
    steps
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
