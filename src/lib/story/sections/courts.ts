// Section "courts": where the transferred face charges, and what has happened since.
import type { Dataset, Status } from '$lib/data/schema';
import { formatDate, formatDateEs, list, listEs } from '$lib/format';
import type { Lang } from '$lib/i18n/lang';
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
// One person, then several: "se declaró no culpable" / "se declararon no culpables". Pleading is not a verdict.
const STATUS_ES: Record<Status, [one: string, many: string]> = {
  charged: ['con cargos', 'con cargos'],
  'pleaded-not-guilty': ['se declaró no culpable', 'se declararon no culpables'],
  'pleaded-guilty': ['se declaró culpable', 'se declararon culpables'],
  convicted: ['declarado culpable por un jurado o un juez', 'declarados culpables por un jurado o un juez'],
  sentenced: ['sentenciado', 'sentenciados'],
  deceased: ['fallecido', 'fallecidos'],
  unknown: ['situación desconocida', 'con situación desconocida']
};
// The cities as a Mexican reader knows them; the rest keep their names.
const CITY_ES: Record<string, string> = { 'New York (Manhattan); also White Plains': 'Nueva York (Manhattan) y White Plains', Philadelphia: 'Filadelfia' };

export default function section(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const date = es ? formatDateEs : formatDate;
  const and = es ? listEs : list;
  const moved = d.people.filter((p) => p.transfer !== null);
  const known = moved.filter((p) => p.court !== null);
  const counts = new Map<string, number>();
  for (const p of known) counts.set(p.court!, (counts.get(p.court!) ?? 0) + 1);
  const max = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === max).map(([id]) => id);
  const city = (c: { city: string }) => (es ? (CITY_ES[c.city] ?? c.city) : c.city);
  // "Washington (D.D.C.)": a city a reader knows, and an abbreviation that never ends the sentence.
  const where = (id: string) => {
    const c = d.courts.find((x) => x.id === id);
    return c ? `${city(c)} (${c.abbr})` : id;
  };
  const steps: Step[] = [
    {
      id: 'courts-districts',
      text: es
        ? [
            [
              `De las ${moved.length} personas enviadas, las fuentes dan un distrito judicial de Estados Unidos para ${known.length}, repartidas en ${counts.size} distritos`,
              top.length ? `; el mayor número, ${max}, enfrenta cargos en ${and(top.map(where))}.` : '.'
            ],
            [`De ${moved.length - known.length} no se conoce aquí el distrito.`]
          ]
        : [
            [
              `Of the ${moved.length} people transferred, the sources give a US district for ${known.length}, spread over ${counts.size} districts`,
              top.length ? `; the most, ${max}, face charges in ${and(top.map(where))}.` : '.'
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
    const cited = person.sources.slice(0, 2);
    const when = person.status.date ? ` (${date(person.status.date)})` : '';
    const text: Paragraph[] = es
      ? [
          [
            { text: `${person.name} fue capturado`, sources: cited },
            person.capture?.date ? ` el ${date(person.capture.date)}` : '',
            person.capture?.place ? ` en ${person.capture.place}` : '',
            t ? `, enviado al norte el ${date(t.date)}` : '',
            court ? ` y acusado formalmente en ${court.abbr} (${city(court)}).` : '.'
          ],
          [`Situación: ${STATUS_ES[person.status.value][0]}${when}.`]
        ]
      : [
          [
            { text: `${person.name} was captured`, sources: cited },
            person.capture?.date ? ` on ${date(person.capture.date)}` : '',
            person.capture?.place ? ` in ${person.capture.place}` : '',
            t ? `, flown north on ${date(t.date)}` : '',
            court ? ` and charged in ${court.abbr} (${city(court)}).` : '.'
          ],
          [`Status: ${STATUS_WORDS[person.status.value]}${when}.`]
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
  const ranked = [...byStatus].sort((a, b) => b[1] - a[1]);
  const moving = moved.filter((p) => ['pleaded-guilty', 'convicted', 'sentenced'].includes(p.status.value) && p.court);
  steps.push({
    id: 'courts-status',
    text: [
      es
        ? [
            `Así van los casos: ${and(ranked.map(([s, n]) => `${n} ${STATUS_ES[s][n === 1 ? 0 : 1]}`))}.`,
            moving.length ? ' Resaltados: los distritos donde alguien se declaró culpable o fue declarado culpable.' : ''
          ]
        : [
            `Where things stand: ${and(ranked.map(([s, n]) => `${n} ${STATUS_WORDS[s]}`))}.`,
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
    title: es ? 'Los tribunales' : 'The courts',
    summary: es ? 'Dónde enfrentan cargos los enviados y qué ha pasado desde entonces.' : 'Where the transferred face charges, and what has happened since.',
    visual: 'map',
    intro: [],
    steps
  };
}
