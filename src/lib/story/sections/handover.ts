// Section "handover": three one-day operations, flight by flight, with the running total.
import type { Dataset } from '$lib/data/schema';
import { formatDate, list } from '$lib/format';
import type { Paragraph, Section } from '../types';

export default function handover(d: Dataset): Section {
  const [first, second, third] = d.transfers;
  const total = d.transfers.reduce((n, t) => n + t.count, 0);
  const placeName = (id: string) => {
    const p = d.places.find((x) => x.id === id);
    return p?.shortName ?? p?.name ?? id;
  };
  const steps: Section['steps'] = d.transfers.map((t, i) => {
    const running = d.transfers.slice(0, i + 1).reduce((n, x) => n + x.count, 0);
    const counted = t.arrivals.filter((a) => a.count !== null);
    const where =
      counted.length === t.arrivals.length
        ? list(t.arrivals.map((a) => `${placeName(a.place)} (${a.count})`))
        : `${list(t.arrivals.map((a) => placeName(a.place)))}; officials gave no count per city`;
    const text: Paragraph[] = [
      [
        { strong: formatDate(t.date) },
        ': ',
        { text: `${t.count} people`, sources: t.sources.slice(0, 3) },
        ` left ${placeName(t.origin)} on planes bound for ${where}.`
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
  return {
    id: 'handover',
    title: 'The handover',
    summary: `In eleven months Mexico sent ${total} people accused of cartel crimes to US courts, in three one-day operations.`,
    visual: 'map',
    intro: [
      [
        `Three times in eleven months, Mexico's government emptied cells across the country in one day and put the prisoners on planes to the United States: `,
        first && second && third
          ? `${first.count} on ${formatDate(first.date)}, ${second.count} on ${formatDate(second.date)} and ${third.count} on ${formatDate(third.date)}.`
          : ''
      ]
    ],
    steps
  };
}
