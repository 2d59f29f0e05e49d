// Section "handover": three one-day operations, flight by flight, and the running total.
import type { Dataset } from '$lib/data/schema';
import { formatDate } from '$lib/format';
import type { Section } from '../types';

export default function handover(d: Dataset): Section {
  const [first, second, third] = d.transfers;
  const total = d.transfers.reduce((n, t) => n + t.count, 0);
  const steps: Section['steps'] = d.transfers.map((t, i) => ({
    id: `handover-${t.id}`,
    text: [
      [
        { strong: formatDate(t.date) },
        ': ',
        { text: `${t.count} people`, sources: t.sources },
        i === 0
          ? ' were flown north in a single day.'
          : ` more were flown north, for ${d.transfers.slice(0, i + 1).reduce((n, x) => n + x.count, 0)} in all.`
      ],
      [t.summary]
    ],
    scene: { visual: 'map', map: { label: `Flights of ${formatDate(t.date)}` } }
  }));
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
