// Section "roster": every transferred person, searchable, with sources. Prose only; the table is a component.
import type { Dataset } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import type { Section } from '../types';

export default function roster(d: Dataset, lang: Lang): Section {
  const n = d.people.filter((p) => p.transfer).length;
  const es = lang === 'es';
  return {
    id: 'roster',
    title: es ? 'Cada persona' : 'Every person',
    summary: es
      ? `Las ${n} personas de los tres envíos: de qué se acusa a cada una, en qué va su proceso y las fuentes.`
      : `All ${n} people of the three transfers, with what each is accused of, their status and the sources.`,
    visual: null,
    intro: [
      [
        es
          ? `Las ${n} personas, tal como las describen las fuentes. Cada una se presume inocente mientras un tribunal no resuelva otra cosa; “acusado” significa solo eso. Cuando las fuentes no dan un nombre, aquí tampoco se da.`
          : `All ${n} people, as the sources describe them. Each is presumed innocent unless a court has found otherwise; "accused" means just that. Where the sources do not give a name, none is given here.`
      ]
    ],
    steps: []
  };
}
