// Section "forty-years": 1985 to the present on the timeline, and why the US waited decades for some of these men.
import type { Dataset } from '$lib/data/schema';
import { count, countEs, formatDate, formatDateEs } from '$lib/format';
import type { Lang } from '$lib/i18n/lang';
import type { TimelineScene } from '$lib/viz/timeline/descriptor';
import { event, events, ids, monthsBetween, person } from '../facts/events';
import { cap, citeAll as cite } from '../words';
import type { Paragraph, Section, Step } from '../types';

const step = (id: string, text: Paragraph[], timeline: TimelineScene): Step => ({ id, text, scene: { visual: 'timeline', timeline } });
const year = (iso: string | undefined) => iso?.slice(0, 4) ?? '';

export default function section(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const date = es ? formatDateEs : formatDate;
  // One sentence in each language; the facts and citations around it are the same.
  const w = (en: string, esText: string) => (es ? esText : en);
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
    title: w('Forty years', 'Cuarenta años'),
    summary: w(
      'From the killing of a DEA agent in 1985 to the transfers: why the US waited decades.',
      'Del asesinato de un agente de la DEA en 1985 a los envíos: por qué Estados Unidos esperó décadas.'
    ),
    visual: 'timeline',
    intro: [
      [
        w(
          'Some of the men Mexico handed over had been wanted in the United States since the 1980s. The timeline runs from 1985 to ',
          'Algunos de los hombres que México entregó eran buscados en Estados Unidos desde los años ochenta. La línea de tiempo va de 1985 al '
        ),
        date(d.meta.asOf),
        w(', when the reporting behind this story stops.', ', fecha en que termina el reporteo de esta historia.')
      ]
    ],
    steps: [
      step(
        'forty-years-overview',
        [
          [
            w(
              'For decades the men the US wanted most came north one at a time, by extradition, often years after their arrest. Then, in ',
              'Durante décadas, los hombres más buscados por Estados Unidos llegaron al norte de uno en uno, por extradición, muchas veces años después de su captura. Luego, en '
            ),
            (es ? countEs : count)(first && last ? monthsBetween(first.date, last.date) : 0),
            w(' months, Mexico sent ', ' meses, México envió a '),
            cite(
              es
                ? transfers.map((t) => String(t.count)).join(', luego ').replace(/, luego ([^,]*)$/, ' y después $1')
                : transfers.map((t) => String(t.count)).join(', then ').replace(/, then ([^,]*)$/, ' and then $1'),
              [],
              tSources
            ),
            w(' people north in one-day operations.', ' personas al norte en operativos de un solo día.')
          ]
        ],
        { era: 'all', focus: { categories: ['extradition-transfer'] }, caption: es ? 'extradiciones y envíos desde 1985' : 'extraditions and transfers since 1985' }
      ),
      step(
        'forty-years-camarena',
        [
          [
            cite(
              w(
                'In February 1985 the DEA agent Enrique Camarena was abducted in Guadalajara and killed.',
                'En febrero de 1985, el agente de la DEA Enrique Camarena fue secuestrado en Guadalajara y asesinado.'
              ),
              y1985.filter((e) => e.category === 'violence')
            ),
            ' ',
            cite(
              w(
                'Within two months Rafael Caro Quintero and Ernesto Fonseca Carrillo, later charged in the US over the killing, were under arrest.',
                'En menos de dos meses fueron detenidos Rafael Caro Quintero y Ernesto Fonseca Carrillo, a quienes después Estados Unidos acusó por el crimen.'
              ),
              y1985.filter((e) => e.category === 'arrest')
            )
          ]
        ],
        { era: '1985-1989', focus: { to: '1985' }, caption: es ? 'el asesinato de Camarena y las primeras detenciones, 1985' : 'the Camarena killing and the first arrests, 1985' }
      ),
      step(
        'forty-years-split',
        [
          [
            cite(
              w(
                'In 1989 Miguel Ángel Félix Gallardo was arrested, and the Guadalajara organization he led split into regional groups.',
                'En 1989 fue detenido Miguel Ángel Félix Gallardo, y la organización de Guadalajara que encabezaba se dividió en grupos regionales.'
              ),
              y1989
            ),
            w(' Men from the groups that grew out of it are among those in the transfers.', ' Entre los enviados hay hombres de los grupos que surgieron de ella.')
          ]
        ],
        { era: '1985-1989', focus: { from: '1989' }, caption: es ? 'la detención de Félix Gallardo y la escisión, 1989' : "Félix Gallardo's arrest and the split, 1989" }
      ),
      step(
        'forty-years-caro-quintero',
        [
          [
            w('Follow one man. ', 'Sigamos a un hombre. '),
            cite(
              w(
                `Caro Quintero was arrested in ${year(caroArrests[0]?.date)}, freed by a Mexican court in ${year(caroFreed.date)} and recaptured in ${year(caroArrests[caroArrests.length - 1]?.date)}.`,
                `Caro Quintero fue detenido en ${year(caroArrests[0]?.date)}, liberado por un tribunal mexicano en ${year(caroFreed.date)} y recapturado en ${year(caroArrests[caroArrests.length - 1]?.date)}.`
              ),
              caroEvents
            ),
            ' ',
            cite(
              w(
                `He was in the first transfer and pleaded not guilty in Brooklyn. ${caroTrial ? `On ${date(caroTrial.date)} his trial was set for 2027, beyond the end of this timeline.` : ''}`,
                `Iba en el primer envío y se declaró no culpable en Brooklyn. ${caroTrial ? `El ${date(caroTrial.date)} se fijó su juicio para 2027, más allá del final de esta línea de tiempo.` : ''}`
              ),
              caroTrial ? [caroTrial] : [],
              caro.sources
            )
          ]
        ],
        { era: 'all', focus: { people: [caro.id] }, caption: es ? 'los hechos del caso de Caro Quintero' : 'the events of Caro Quintero’s case' }
      ),
      step(
        'forty-years-2015',
        [
          [
            cite(
              w(
                `${cap(count(captures2015.length))} of the arrests on this timeline fall in 2015, among them Servando Gómez, “La Tuta”, and the Zetas’ Omar Treviño.`,
                `${cap(countEs(captures2015.length, true))} de las capturas de esta línea de tiempo ocurrieron en 2015, entre ellas las de Servando Gómez, “La Tuta”, y Omar Treviño, de Los Zetas.`
              ),
              captures2015
            ),
            w(' Several of the men caught then, or their relatives, were later sent north.', ' Varios de los detenidos entonces, o sus familiares, fueron enviados después al norte.')
          ]
        ],
        { era: '2013-2017', focus: { categories: ['arrest'], from: '2015', to: '2015' }, caption: es ? 'las capturas de 2015' : 'the captures of 2015' }
      ),
      step(
        'forty-years-chapo',
        [
          [
            cite(
              w('Joaquín Guzmán, “El Chapo”, escaped in 2015 and was caught again in 2016.', 'Joaquín Guzmán, “El Chapo”, se fugó en 2015 y fue recapturado en 2016.'),
              chapo.filter((e) => e !== chapoOut)
            ),
            ' ',
            cite(
              w(
                `On ${chapoOut ? date(chapoOut.date) : 'his extradition date'} Mexico extradited him to New York: the conventional route, one man at a time.`,
                `${chapoOut ? `El ${date(chapoOut.date)}` : 'Después'} México lo extraditó a Nueva York: la vía convencional, un hombre a la vez.`
              ),
              chapoOut ? [chapoOut] : []
            )
          ]
        ],
        { era: '2013-2017', focus: { events: ids(chapo) }, caption: es ? 'la fuga, recaptura y extradición de Guzmán' : "Guzmán's escape, recapture and extradition" }
      ),
      step(
        'forty-years-el-mayo',
        [
          [
            cite(
              w(
                `On ${mayoArrest ? date(mayoArrest.date) : 'his arrest'} Ismael “El Mayo” Zambada was arrested on landing near El Paso with Joaquín Guzmán López.`,
                `${mayoArrest ? `El ${date(mayoArrest.date)}` : 'Después'}, Ismael “El Mayo” Zambada fue detenido al aterrizar cerca de El Paso junto con Joaquín Guzmán López.`
              ),
              mayoArrest ? [mayoArrest] : []
            ),
            ' ',
            cite(
              w('Weeks later the Sinaloa organization was at war with itself.', 'Semanas después, la organización de Sinaloa estaba en guerra consigo misma.'),
              mayo.filter((e) => e.category === 'violence')
            )
          ]
        ],
        { era: '2022-2024', focus: { events: ids(mayo) }, caption: es ? 'la detención de El Mayo y la guerra en Sinaloa, 2024' : "El Mayo's arrest and the Sinaloa war, 2024" }
      ),
      step(
        'forty-years-pressure',
        [
          [
            cite(
              w(
                'From January 2025 Washington pressed: an executive order treating cartels as terrorists, tariffs on Mexican goods, then terrorist designations for Mexican cartels.',
                'Desde enero de 2025, Washington presionó: una orden ejecutiva que equipara a los cárteles con terroristas, aranceles a productos mexicanos y luego la designación de cárteles mexicanos como organizaciones terroristas.'
              ),
              pressure
            )
          ]
        ],
        { era: '2025-2026', focus: { categories: ['policy-trade'], to: '2025-02' }, caption: es ? 'la presión de Estados Unidos, principios de 2025' : 'US pressure, early 2025' }
      ),
      step(
        'forty-years-transfers',
        [
          [
            w(
              'Mexico answered with transfers under its National Security Law, not extraditions: ',
              'México respondió con envíos al amparo de la Ley de Seguridad Nacional, no con extradiciones: '
            ),
            cite(transfers.map((t) => (es ? `${t.count} personas el ${date(t.date)}` : `${t.count} people on ${date(t.date)}`)).join(', '), [], tSources),
            w('. The three are the largest marks on the timeline.', '. Los tres son las marcas más grandes de la línea de tiempo.')
          ]
        ],
        { era: '2025-2026', focus: { transfers: true }, caption: es ? 'los tres envíos' : 'the three transfers' }
      ),
      step(
        'forty-years-mencho',
        [
          [
            cite(
              w(
                `On ${menchoKilled ? date(menchoKilled.date) : 'the day of the raid'} Mexican soldiers killed Nemesio Oseguera, “El Mencho”, the head of the CJNG, in Jalisco.`,
                `${menchoKilled ? `El ${date(menchoKilled.date)}` : 'El día del operativo'}, militares mexicanos mataron en Jalisco a Nemesio Oseguera, “El Mencho”, líder del CJNG.`
              ),
              menchoKilled ? [menchoKilled] : []
            ),
            w(' His brothers had been sent north; he was not.', ' Sus hermanos habían sido enviados al norte; él no.')
          ]
        ],
        { era: '2025-2026', focus: { events: ids(mencho) }, caption: es ? 'El Mencho, abatido en febrero de 2026' : 'El Mencho killed, February 2026' }
      )
    ]
  };
}
