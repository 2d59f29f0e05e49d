// Section "methods": sources, what is still unknown, corrections, the "as of" date and the downloads.
import type { Dataset } from '$lib/data/schema';
import { count, formatDate, plural } from '$lib/format';
import type { Section } from '../types';

/** "a, b and c" */
const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export default function methods(d: Dataset): Section {
  const moved = d.people.filter((p) => p.transfer !== null);
  const unidentified = moved.filter((p) => p.kind === 'unidentified').length;
  const sealed = moved.filter((p) => p.kind === 'sealed').length;
  // Where sources disagree on how many names were sealed, the text gives each count with its source rather than
  // pick one; the sealed records themselves carry the conflict.
  const publisher = new Map(d.sources.map((s) => [s.id, s.publisher]));
  const sealedClaims = d.transfers.flatMap((t) => t.sealedNames ?? []);
  const sealedText =
    new Set(sealedClaims.map((c) => c.count)).size > 1
      ? `the sources disagree on how many names US courts kept sealed: ${list(
          sealedClaims.map((c) => `${count(c.count)} by the count of ${list(c.sources.map((s) => publisher.get(s) ?? s))}`)
        )}`
      : `${plural(sealed, 'name')} ${sealed === 1 ? 'was' : 'were'} kept sealed by US courts`;
  const corrections = d.corrections.slice().sort((a, b) => b.date.localeCompare(a.date));
  const correctedPeople = new Set(corrections.filter((c) => c.file === 'people.json').map((c) => c.record)).size;
  const correctedSources = corrections.filter((c) => c.file === 'sources.json').length;
  const noCourt = moved.filter((p) => p.court === null).length;
  const noStatus = moved.filter((p) => p.status.value === 'unknown').length;
  const low = moved.filter((p) => p.confidence === 'low').length;
  const conflicted = moved.filter((p) => p.conflicts.length > 0).length;
  const undated = d.sources.filter((s) => s.date === null).length;
  const disputed = d.ties.filter((t) => t.disputed).length;
  return {
    id: 'methods',
    title: 'How we did this',
    summary: 'Sources, what is still unknown, and the data behind the story.',
    visual: null,
    intro: [
      [
        `This account rests on public reporting up to ${formatDate(d.meta.asOf)}: US Justice Department releases, Mexican government statements, court reporting and news in English and Spanish, ${plural(d.sources.length, 'source')} in all. Anything later is not reflected. Every fact in the data links to at least one source, and every charge is an accusation unless a plea or a verdict is recorded.`
      ],
      [
        `What is still unknown: ${plural(unidentified, 'person', 'people')} of the transfers ${unidentified === 1 ? 'is' : 'are'} known only in part and shown as unidentified; ${sealedText}; for ${noCourt} the sources give no US district, and for ${noStatus} no status since the transfer. ${low} records rest on weak or partial sources and are marked low-confidence wherever they appear.`
      ],
      [
        `Where sources disagree we say so: ${plural(conflicted, 'record')} of the transferred note a conflict between sources, and ${plural(disputed, 'family tie')} in the network ${disputed === 1 ? 'is' : 'are'} drawn as disputed. ${undated} of the sources give no publication date, and the data leaves theirs blank rather than guess one.`
      ],
      [
        'Territory maps show what sources claim, not measured control, and all of them predate the death of Nemesio Oseguera, “El Mencho”, in February 2026.'
      ],
      [
        'The data: ',
        { text: 'the roster as CSV', href: '/data/people.csv' },
        ', ',
        { text: 'as JSON', href: '/data/people.json' },
        ', and the ',
        { text: 'timeline', href: '/data/events.json' },
        ', ',
        { text: 'family ties', href: '/data/ties.json' },
        ' and ',
        { text: 'territory claims', href: '/data/territories.json' },
        '. News sites can ',
        { text: 'embed the story or any of its charts', href: '/embed-codes/' },
        '.'
      ],
      corrections.length
        ? [
            `Corrections: ${plural(corrections.length, 'change')} to the data ${corrections.length === 1 ? 'is' : 'are'} logged, each with its date, the record and field, what changed and why. They touch ${plural(correctedPeople, 'person', 'people')} and ${plural(correctedSources, 'source record')}; the latest were made on ${formatDate(corrections[0]!.date)}. `,
            { text: 'The full log', href: '/data/corrections.json' },
            ' is published with the data.'
          ]
        : ['Corrections are listed here with the date of the change; there are none so far.']
    ],
    steps: []
  };
}
