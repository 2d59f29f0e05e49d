// Section "bargain": what each side gave, on the timeline of 2025–26 with the policy and trade events highlighted.
import type { Dataset } from '$lib/data/schema';
import { count, formatDate } from '$lib/format';
import type { TimelineScene } from '$lib/viz/timeline/descriptor';
import { event, events, ids } from '../facts/events';
import { citeAll as cite } from '../words';
import type { Paragraph, Section, Step } from '../types';

const step = (id: string, text: Paragraph[], timeline: TimelineScene): Step => ({ id, text, scene: { visual: 'timeline', timeline } });
const RECENT = ['2025', '2026'];

export default function section(d: Dataset): Section {
  const policy = d.events.filter((e) => e.category === 'policy-trade' && e.date >= '2025');
  // Events by the tags on the records (data/events.json), never by their wording.
  const tariffs = events(d, { tags: ['tariffs'], within: RECENT }, 'bargain-tariffs');
  const death = events(d, { tags: ['death-penalty'], within: RECENT }, 'bargain-death-penalty');
  const sovereignty = events(d, { tags: ['sovereignty'], within: RECENT }, 'bargain-sovereignty');
  const challenge = events(d, { tags: ['legal-challenge'], within: RECENT }, 'bargain-challenge');
  const struck = event(d, 'ieepa-ruling', 'bargain-tariffs');
  const replaced = tariffs.find((e) => e.date > struck.date);

  return {
    id: 'bargain',
    title: 'The bargain',
    summary: 'What each side gave: tariffs, assurances on the death penalty, and sovereignty.',
    visual: 'timeline',
    intro: [],
    steps: [
      step(
        'bargain-overview',
        [
          [
            'The transfers came out of a negotiation carried on in public. ',
            cite(`The timeline holds ${count(policy.length)} policy and trade moves from 2025 and 2026`, policy),
            ', highlighted here among everything else that happened.'
          ]
        ],
        { era: '2025-2026', focus: { categories: ['policy-trade'] }, caption: 'policy and trade events of 2025 and 2026' }
      ),
      step(
        'bargain-tariffs',
        [
          [
            cite("Washington's lever was tariffs on Mexican goods: ordered, paused, imposed, partly exempted and threatened again through 2025.", tariffs.filter((e) => e !== struck && e !== replaced)),
            struck ? ' ' : '',
            struck ? cite(`On ${formatDate(struck.date)} the US Supreme Court struck down the tariffs imposed under an emergency-powers law`, [struck]) : '',
            struck && replaced ? cite('; Trump replaced them with a temporary global duty', [replaced]) : '',
            struck ? '.' : ''
          ]
        ],
        { era: '2025-2026', focus: { events: ids(tariffs) }, caption: 'the tariffs' }
      ),
      step(
        'bargain-death-penalty',
        [
          [
            'What Mexico asked for in return: ',
            cite('assurances that US prosecutors would not seek the death penalty', death),
            ', a penalty Mexican law does not allow. ',
            death[0] ? cite(`In ${formatDate(death[0].date.slice(0, 7))} prosecutors dropped it for three of the best-known men, Caro Quintero among them.`, [death[0]]) : ''
          ]
        ],
        { era: '2025-2026', focus: { events: ids(death) }, caption: 'the death-penalty assurances' }
      ),
      step(
        'bargain-sovereignty',
        [
          [
            cite(
              'Sovereignty was the line President Sheinbaum drew: she proposed a constitutional shield against foreign intervention and says she turned down US military action, while the two governments set up a joint security group.',
              sovereignty
            )
          ]
        ],
        { era: '2025-2026', focus: { events: ids(sovereignty) }, caption: 'sovereignty and security cooperation' }
      ),
      step(
        'bargain-challenge',
        [
          [
            cite(
              'In Mexico the transfers were challenged as a way around extradition: defence lawyers filed a complaint accusing officials of treason.',
              challenge
            ),
            ' As of ',
            formatDate(d.meta.asOf),
            ' no outcome of that challenge is known here.'
          ]
        ],
        { era: '2025-2026', focus: { events: ids(challenge) }, caption: 'the legal challenge in Mexico' }
      )
    ]
  };
}
