// Section "bargain": what each side gave, on the timeline of 2025–26 with the policy and trade events highlighted.
import type { Dataset } from '$lib/data/schema';
import { count, countEs, formatDate, formatDateEs } from '$lib/format';
import type { Lang } from '$lib/i18n/lang';
import type { TimelineScene } from '$lib/viz/timeline/descriptor';
import { event, events, ids } from '../facts/events';
import { citeAll as cite } from '../words';
import type { Paragraph, Section, Step } from '../types';

const step = (id: string, text: Paragraph[], timeline: TimelineScene): Step => ({ id, text, scene: { visual: 'timeline', timeline } });
const RECENT = ['2025', '2026'];

export default function section(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const date = es ? formatDateEs : formatDate;
  const policy = d.events.filter((e) => e.category === 'policy-trade' && e.date >= '2025');
  // Events by the tags on the records (data/events.json), never by their wording.
  const tariffs = events(d, { tags: ['tariffs'], within: RECENT }, 'bargain-tariffs');
  const death = events(d, { tags: ['death-penalty'], within: RECENT }, 'bargain-death-penalty');
  const sovereignty = events(d, { tags: ['sovereignty'], within: RECENT }, 'bargain-sovereignty');
  const challenge = events(d, { tags: ['legal-challenge'], within: RECENT }, 'bargain-challenge');
  const struck = event(d, 'ieepa-ruling', 'bargain-tariffs');
  const replaced = tariffs.find((e) => e.date > struck.date);
  const lever = tariffs.filter((e) => e !== struck && e !== replaced);

  return {
    id: 'bargain',
    title: es ? 'La negociación' : 'The bargain',
    summary: es
      ? 'Lo que dio cada parte: aranceles, garantías sobre la pena de muerte y soberanía.'
      : 'What each side gave: tariffs, assurances on the death penalty, and sovereignty.',
    visual: 'timeline',
    intro: [],
    steps: [
      step(
        'bargain-overview',
        [
          es
            ? [
                'Los envíos salieron de una negociación hecha a la vista de todos. ',
                cite(`La línea de tiempo reúne ${countEs(policy.length)} movimientos de política y comercio de 2025 y 2026`, policy),
                ', resaltados aquí entre todo lo demás que ocurrió.'
              ]
            : [
                'The transfers came out of a negotiation carried on in public. ',
                cite(`The timeline holds ${count(policy.length)} policy and trade moves from 2025 and 2026`, policy),
                ', highlighted here among everything else that happened.'
              ]
        ],
        { era: '2025-2026', focus: { categories: ['policy-trade'] }, caption: es ? 'los hechos de política y comercio de 2025 y 2026' : 'policy and trade events of 2025 and 2026' }
      ),
      step(
        'bargain-tariffs',
        [
          es
            ? [
                cite('La palanca de Washington fueron los aranceles a productos mexicanos: ordenados, pausados, impuestos, exentados en parte y amenazados de nuevo a lo largo de 2025.', lever),
                ' ',
                cite(`El ${date(struck.date)}, la Suprema Corte de Estados Unidos anuló los aranceles impuestos al amparo de una ley de poderes de emergencia`, [struck]),
                replaced ? cite('; Trump los sustituyó con un arancel global temporal', [replaced]) : '',
                '.'
              ]
            : [
                cite("Washington's lever was tariffs on Mexican goods: ordered, paused, imposed, partly exempted and threatened again through 2025.", lever),
                ' ',
                cite(`On ${date(struck.date)} the US Supreme Court struck down the tariffs imposed under an emergency-powers law`, [struck]),
                replaced ? cite('; Trump replaced them with a temporary global duty', [replaced]) : '',
                '.'
              ]
        ],
        { era: '2025-2026', focus: { events: ids(tariffs) }, caption: es ? 'los aranceles' : 'the tariffs' }
      ),
      step(
        'bargain-death-penalty',
        [
          es
            ? [
                'Lo que México pidió a cambio: ',
                cite('garantías de que los fiscales estadounidenses no pedirían la pena de muerte', death),
                ', un castigo que la ley mexicana no permite. ',
                death[0] ? cite(`En ${date(death[0].date.slice(0, 7))}, la fiscalía desistió de pedirla para tres de los hombres más conocidos, entre ellos Caro Quintero.`, [death[0]]) : ''
              ]
            : [
                'What Mexico asked for in return: ',
                cite('assurances that US prosecutors would not seek the death penalty', death),
                ', a penalty Mexican law does not allow. ',
                death[0] ? cite(`In ${date(death[0].date.slice(0, 7))} prosecutors dropped it for three of the best-known men, Caro Quintero among them.`, [death[0]]) : ''
              ]
        ],
        { era: '2025-2026', focus: { events: ids(death) }, caption: es ? 'las garantías sobre la pena de muerte' : 'the death-penalty assurances' }
      ),
      step(
        'bargain-sovereignty',
        [
          [
            cite(
              es
                ? 'La soberanía fue la línea que trazó la presidenta Sheinbaum: propuso un blindaje constitucional contra la intervención extranjera y asegura que rechazó una acción militar de Estados Unidos, mientras los dos gobiernos instalaban un grupo conjunto de seguridad.'
                : 'Sovereignty was the line President Sheinbaum drew: she proposed a constitutional shield against foreign intervention and says she turned down US military action, while the two governments set up a joint security group.',
              sovereignty
            )
          ]
        ],
        { era: '2025-2026', focus: { events: ids(sovereignty) }, caption: es ? 'soberanía y cooperación en seguridad' : 'sovereignty and security cooperation' }
      ),
      step(
        'bargain-challenge',
        [
          es
            ? [
                cite(
                  'En México, los envíos fueron impugnados como una forma de eludir la extradición: abogados defensores presentaron una denuncia en la que acusan a funcionarios de traición a la patria.',
                  challenge
                ),
                ` Al ${date(d.meta.asOf)} no se conoce aquí el resultado de esa impugnación.`
              ]
            : [
                cite(
                  'In Mexico the transfers were challenged as a way around extradition: defence lawyers filed a complaint accusing officials of treason.',
                  challenge
                ),
                ' As of ',
                date(d.meta.asOf),
                ' no outcome of that challenge is known here.'
              ]
        ],
        { era: '2025-2026', focus: { events: ids(challenge) }, caption: es ? 'la impugnación legal en México' : 'the legal challenge in Mexico' }
      )
    ]
  };
}
