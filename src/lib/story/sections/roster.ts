// Section "roster": every transferred person, searchable, with sources. Prose only; the table is a component.
import type { Dataset } from '$lib/data/schema';
import type { Section } from '../types';

export default function roster(d: Dataset): Section {
  const n = d.people.filter((p) => p.transfer).length;
  return {
    id: 'roster',
    title: 'Every person',
    summary: `All ${n} people of the three transfers, with what each is accused of, their status and the sources.`,
    visual: null,
    intro: [
      [
        `All ${n} people, as the sources describe them. Each is presumed innocent unless a court has found otherwise; "accused" means just that. Where the sources do not give a name, none is given here.`
      ]
    ],
    steps: []
  };
}
