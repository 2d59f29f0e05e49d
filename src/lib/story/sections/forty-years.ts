// Section "forty-years": 1985 to the present on the timeline, and why the US waited decades for some of these men.
import type { Dataset } from '$lib/data/schema';
import { count, formatDate } from '$lib/format';
import type { TimelineScene } from '$lib/viz/timeline/descriptor';
import { event, events, ids, monthsBetween, person } from '../facts/events';
import { cap, citeAll as cite } from '../words';
import type { Paragraph, Section, Step } from '../types';

const step = (id: string, text: Paragraph[], timeline: TimelineScene): Step => ({ id, text, scene: { visual: 'timeline', timeline } });
const year = (iso: string | undefined) => iso?.slice(0, 4) ?? '';

export default function section(d: Dataset): Section {
  const transfers = [...d.transfers].sort((a, b) => a.date.localeCompare(b.date));
  const tSources = transfers.flatMap((t) => t.sources);
  const first = transfers[0];
  const last = transfers[transfers.length - 1];

  const y1985 = d.events.filter((e) => e.date.startsWith('1985'));
  const y1989 = d.events.filter((e) => e.date.startsWith('1989'));
  const captures2015 = d.events.filter((e) => e.category === 'arrest' && e.date.startsWith('2015'));

  // People and events by id or tag (data/events.json "tags"), never by their wording.
  const caro = person(d, 'rafael-caro-quintero', 'forty-years-caro-quintero');
  const caroEvents = events(d, { people: [caro.id] }, 'forty-years-caro-quintero');
  const caroArrests = caroEvents.filter((e) => e.category === 'arrest');
  const caroFreed = event(d, 'caro-quintero-released', 'forty-years-caro-quintero');
  const caroTrial = d.events.find((e) => e.id === 'caro-quintero-trial-date');

  const chapo = events(d, { people: ['joaquin-guzman-loera'], within: ['2013', '2014', '2015', '2016', '2017'] }, 'forty-years-chapo');
  const chapoOut = chapo.find((e) => e.category === 'extradition-transfer');
  const mayo = events(d, { people: ['ismael-zambada-garcia'], tags: ['sinaloa-war'], within: ['2022', '2023', '2024'] }, 'forty-years-el-mayo');
  const mayoArrest = mayo.find((e) => e.category === 'arrest');
  const pressure = d.events.filter((e) => e.category === 'policy-trade' && e.date >= '2025' && e.date < '2025-03');
  const mencho = events(d, { people: ['nemesio-oseguera-cervantes'], tags: ['cjng-succession'], within: ['2026-02', '2026-03'] }, 'forty-years-mencho');
  const menchoKilled = mencho.find((e) => e.category === 'violence') ?? mencho[0];

  return {
    id: 'forty-years',
    title: 'Forty years',
    summary: 'From the killing of a DEA agent in 1985 to the transfers: why the US waited decades.',
    visual: 'timeline',
    intro: [
      [
        'Some of the men Mexico handed over had been wanted in the United States since the 1980s. The timeline runs from 1985 to ',
        formatDate(d.meta.asOf),
        ', when the reporting behind this story stops.'
      ]
    ],
    steps: [
      step(
        'forty-years-overview',
        [
          [
            'For decades the men the US wanted most came north one at a time, by extradition, often years after their arrest. Then, in ',
            count(first && last ? monthsBetween(first.date, last.date) : 0),
            ' months, Mexico sent ',
            cite(transfers.map((t) => String(t.count)).join(', then ').replace(/, then ([^,]*)$/, ' and then $1'), [], tSources),
            ' people north in one-day operations.'
          ]
        ],
        { era: 'all', focus: { categories: ['extradition-transfer'] }, caption: 'extraditions and transfers since 1985' }
      ),
      step(
        'forty-years-camarena',
        [
          [
            cite('In February 1985 the DEA agent Enrique Camarena was abducted in Guadalajara and killed.', y1985.filter((e) => e.category === 'violence')),
            ' ',
            cite('Within two months Rafael Caro Quintero and Ernesto Fonseca Carrillo, later charged in the US over the killing, were under arrest.', y1985.filter((e) => e.category === 'arrest'))
          ]
        ],
        { era: '1985-1989', focus: { to: '1985' }, caption: 'the Camarena killing and the first arrests, 1985' }
      ),
      step(
        'forty-years-split',
        [
          [
            cite("In 1989 Miguel Ángel Félix Gallardo was arrested, and the Guadalajara organization he led split into regional groups.", y1989),
            ' Men from the groups that grew out of it are among those in the transfers.'
          ]
        ],
        { era: '1985-1989', focus: { from: '1989' }, caption: "Félix Gallardo's arrest and the split, 1989" }
      ),
      step(
        'forty-years-caro-quintero',
        [
          [
            'Follow one man. ',
            cite(
              `Caro Quintero was arrested in ${year(caroArrests[0]?.date)}, freed by a Mexican court in ${year(caroFreed.date)} and recaptured in ${year(caroArrests[caroArrests.length - 1]?.date)}.`,
              caroEvents
            ),
            ' ',
            cite(
              `He was in the first transfer and pleaded not guilty in Brooklyn. ${caroTrial ? `On ${formatDate(caroTrial.date)} his trial was set for 2027, beyond the end of this timeline.` : ''}`,
              caroTrial ? [caroTrial] : [],
              caro.sources
            )
          ]
        ],
        { era: 'all', focus: { people: [caro.id] }, caption: 'the events of Caro Quintero’s case' }
      ),
      step(
        'forty-years-2015',
        [
          [
            cite(
              `${cap(count(captures2015.length))} of the arrests on this timeline fall in 2015, among them Servando Gómez, “La Tuta”, and the Zetas’ Omar Treviño.`,
              captures2015
            ),
            ' Several of the men caught then, or their relatives, were later sent north.'
          ]
        ],
        { era: '2013-2017', focus: { categories: ['arrest'], from: '2015', to: '2015' }, caption: 'the captures of 2015' }
      ),
      step(
        'forty-years-chapo',
        [
          [
            cite('Joaquín Guzmán, “El Chapo”, escaped in 2015 and was caught again in 2016.', chapo.filter((e) => e !== chapoOut)),
            ' ',
            cite(`On ${chapoOut ? formatDate(chapoOut.date) : 'his extradition date'} Mexico extradited him to New York: the conventional route, one man at a time.`, chapoOut ? [chapoOut] : [])
          ]
        ],
        { era: '2013-2017', focus: { events: ids(chapo) }, caption: "Guzmán's escape, recapture and extradition" }
      ),
      step(
        'forty-years-el-mayo',
        [
          [
            cite(
              `On ${mayoArrest ? formatDate(mayoArrest.date) : 'his arrest'} Ismael “El Mayo” Zambada was arrested on landing near El Paso with Joaquín Guzmán López.`,
              mayoArrest ? [mayoArrest] : []
            ),
            ' ',
            cite('Weeks later the Sinaloa organization was at war with itself.', mayo.filter((e) => e.category === 'violence'))
          ]
        ],
        { era: '2022-2024', focus: { events: ids(mayo) }, caption: "El Mayo's arrest and the Sinaloa war, 2024" }
      ),
      step(
        'forty-years-pressure',
        [
          [
            cite(
              'From January 2025 Washington pressed: an executive order treating cartels as terrorists, tariffs on Mexican goods, then terrorist designations for Mexican cartels.',
              pressure
            )
          ]
        ],
        { era: '2025-2026', focus: { categories: ['policy-trade'], to: '2025-02' }, caption: 'US pressure, early 2025' }
      ),
      step(
        'forty-years-transfers',
        [
          [
            "Mexico answered with transfers under its National Security Law, not extraditions: ",
            cite(transfers.map((t) => `${t.count} people on ${formatDate(t.date)}`).join(', '), [], tSources),
            '. The three are the largest marks on the timeline.'
          ]
        ],
        { era: '2025-2026', focus: { transfers: true }, caption: 'the three transfers' }
      ),
      step(
        'forty-years-mencho',
        [
          [
            cite(
              `On ${menchoKilled ? formatDate(menchoKilled.date) : 'the day of the raid'} Mexican soldiers killed Nemesio Oseguera, “El Mencho”, the head of the CJNG, in Jalisco.`,
              menchoKilled ? [menchoKilled] : []
            ),
            ' His brothers had been sent north; he was not.'
          ]
        ],
        { era: '2025-2026', focus: { events: ids(mencho) }, caption: 'El Mencho killed, February 2026' }
      )
    ]
  };
}
