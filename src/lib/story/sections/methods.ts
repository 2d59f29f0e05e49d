// Section "methods": sources, unknowns, the "as of" date and the downloads.
import type { Dataset } from '$lib/data/schema';
import { formatDate } from '$lib/format';
import type { Section } from '../types';

export default function methods(d: Dataset): Section {
  return {
    id: 'methods',
    title: 'How we did this',
    summary: 'Sources, what is still unknown, and the data behind the story.',
    visual: null,
    intro: [
      [
        `This account rests on public reporting up to ${formatDate(d.meta.asOf)}: US Justice Department releases, Mexican government statements and news reports in English and Spanish. Anything later is not reflected. Every fact in the data links to at least one source.`
      ]
    ],
    steps: []
  };
}
