// Section "courts": where the transferred face charges, and what has happened since.
import type { Dataset, Status } from '$lib/data/schema';
import { formatDate, list } from '$lib/format';
import { personStops } from '../facts/map';
import type { Paragraph, Section, Step } from '../types';

const STATUS_WORDS: Record<Status, string> = {
  charged: 'charged',
  'pleaded-not-guilty': 'pleaded not guilty',
  'pleaded-guilty': 'pleaded guilty',
  convicted: 'convicted',
  sentenced: 'sentenced',
  deceased: 'deceased',
  unknown: 'status unknown'
};

export default function section(d: Dataset): Section {
  const moved = d.people.filter((p) => p.transfer !== null);
  const known = moved.filter((p) => p.court !== null);
  const counts = new Map<string, number>();
  for (const p of known) counts.set(p.court!, (counts.get(p.court!) ?? 0) + 1);
  const max = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === max).map(([id]) => id);
  // "Washington (D.D.C.)": a city a reader knows, and an abbreviation that never ends the sentence.
  const where = (id: string) => {
    const c = d.courts.find((x) => x.id === id);
    return c ? `${c.city} (${c.abbr})` : id;
  };
  const steps: Step[] = [
    {
      id: 'courts-districts',
      text: [
        [
          `Of the ${moved.length} people transferred, the sources give a US district for ${known.length}, spread over ${counts.size} districts`,
          top.length ? `; the most, ${max}, face charges in ${list(top.map(where))}.` : '.'
        ],
        [`For ${moved.length - known.length}, the district is not known here.`]
      ],
      scene: { visual: 'map', map: { zoom: 'us', layer: 'plain', courts: { highlight: top } } }
    }
  ];

  const person =
    d.people.find((p) => p.id === 'rafael-caro-quintero' && p.court) ??
    d.people.find((p) => p.kind === 'named' && p.court && p.capture?.place && p.transfer);
  if (person) {
    const t = d.transfers.find((x) => x.id === person.transfer);
    const court = d.courts.find((c) => c.id === person.court);
    const text: Paragraph[] = [
      [
        { text: `${person.name} was captured`, sources: person.sources.slice(0, 2) },
        person.capture?.date ? ` on ${formatDate(person.capture.date)}` : '',
        person.capture?.place ? ` in ${person.capture.place}` : '',
        t ? `, flown north on ${formatDate(t.date)}` : '',
        court ? ` and charged in ${court.abbr} (${court.city}).` : '.'
      ],
      [`Status: ${STATUS_WORDS[person.status.value]}${person.status.date ? ` (${formatDate(person.status.date)})` : ''}.`]
    ];
    steps.push({
      id: 'courts-path',
      text,
      scene: {
        visual: 'map',
        map: {
          zoom: 'north-america',
          layer: 'plain',
          courts: { highlight: person.court ? [person.court] : [] },
          path: { person: person.id, name: person.name!, stops: personStops(d, person) }
        }
      }
    });
  }

  const byStatus = new Map<Status, number>();
  for (const p of moved) byStatus.set(p.status.value, (byStatus.get(p.status.value) ?? 0) + 1);
  const moving = moved.filter((p) => ['pleaded-guilty', 'convicted', 'sentenced'].includes(p.status.value) && p.court);
  steps.push({
    id: 'courts-status',
    text: [
      [
        `Where things stand: ${list([...byStatus].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${n} ${STATUS_WORDS[s]}`))}.`,
        moving.length ? ` Outlined: the districts where someone has pleaded guilty or been convicted.` : ''
      ]
    ],
    scene: {
      visual: 'map',
      map: { zoom: 'us', layer: 'plain', courts: { highlight: [...new Set(moving.map((p) => p.court!))] } }
    }
  });

  return {
    id: 'courts',
    title: 'The courts',
    summary: 'Where the transferred face charges, and what has happened since.',
    visual: 'map',
    intro: [],
    steps
  };
}
