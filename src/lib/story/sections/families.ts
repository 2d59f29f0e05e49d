// Section "families": the family ties among the transferred, one cluster per step, built from the ties.
// Names, dates and counts come from the data; a sentence whose tie is missing from the data is left out.
import type { Dataset, Person, Relation, Tie } from '$lib/data/schema';
import { count, formatDate, plural } from '$lib/format';
import { ABIGAEL, resolveReach, ruleById } from '$lib/viz/network/clusters';
import { findNode, reachOrder } from '$lib/viz/network/graph';
import type { NetworkScene } from '$lib/viz/network/scene';
import type { Inline, Paragraph, Section, Step } from '../types';

export default function section(d: Dataset): Section {
  const people = new Map(d.people.map((p) => [p.id, p]));
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const ties = d.ties.filter((t) => t.sources.length);
  const tied = new Set(ties.flatMap((t) => [t.source, t.target]));
  const transfers = new Map(d.transfers.map((t) => [t.id, t]));

  const name = (id: string) => people.get(id)?.name ?? orgs.get(id)?.name ?? id;
  const find = (...keys: string[]) => findNode(d, ...keys);
  /** The tie between two nodes (either way), optionally of given relations. */
  const tie = (a: string | null, b: string | null, rel?: Relation[]): Tie | undefined =>
    a && b
      ? ties.find(
          (t) => ((t.source === a && t.target === b) || (t.source === b && t.target === a)) && (!rel || rel.includes(t.relation))
        )
      : undefined;
  const cite = (text: string, t: Tie): Inline => ({ text, sources: t.sources });

  /** "Of the N people in this cluster, K were transferred: A (date), B (date)." */
  const sentLine = (ids: string[]): Paragraph => {
    const ppl = ids.map((id) => people.get(id)).filter((p): p is Person => !!p);
    const sent = ppl.filter((p) => p.transfer).sort((a, b) => (transferDate(a) < transferDate(b) ? -1 : 1));
    if (!sent.length) return [`None of the ${plural(ppl.length, 'person', 'people')} here was among the transferred.`];
    const list = sent.map((p) => `${p.name ?? 'an unnamed person'} (${formatDate(transferDate(p), true)})`);
    const head = sent.length === ppl.length ? `All ${count(ppl.length)}` : `${cap(count(sent.length))} of the ${count(ppl.length)} people here`;
    return [`${head} ${sent.length === 1 ? 'was' : 'were'} transferred: `, join(list), '.'];
  };
  const transferDate = (p: Person) => (p.transfer ? (transfers.get(p.transfer)?.date ?? '') : '');

  const reached = (id: string) => reachOrder(ties, resolveReach(d, ruleById(id).reach), tied);
  const clusterScene = (id: string, focus?: string | null): NetworkScene => ({
    title: ruleById(id).label,
    highlight: resolveReach(d, ruleById(id).reach),
    ...(focus ? { focus } : {})
  });

  const steps: Step[] = [];
  const add = (id: string, text: (Paragraph | null)[], scene: NetworkScene) => {
    const paragraphs = text.filter((p): p is Paragraph => !!p && p.length > 0);
    steps.push({ id, text: paragraphs, scene: { visual: 'network', network: scene } });
  };

  // Overview: the whole network, numbers from the ties.
  const nodeIds = [...tied].filter((id) => people.has(id) || orgs.has(id));
  const inNet = nodeIds.map((id) => people.get(id)).filter((p): p is Person => !!p);
  const sentInNet = inNet.filter((p) => p.transfer);
  const familyTies = ties.filter((t) => ['sibling', 'spouse', 'in-law', 'parent-child', 'extended-family'].includes(t.relation));
  const withKin = sentInNet.filter((p) => familyTies.some((t) => t.source === p.id || t.target === p.id));
  add(
    'families-overview',
    [
      [
        `The chart draws ${plural(inNet.length, 'person', 'people')} and ${plural(nodeIds.length - inNet.length, 'organization')} linked by ${plural(ties.length, 'sourced tie')}. `,
        `${cap(count(sentInNet.length))} of those people were among the transferred, and ${count(withKin.length)} of them have a relative in the chart.`
      ],
      [
        'Family ties are solid lines, ties to an organization thin dashed ones, rivalries red; a tie the sources dispute is dotted. Tap or select a name to see its ties and their sources.'
      ]
    ],
    { title: 'Family ties among the transferred', highlight: 'all' }
  );

  // Oseguera · González Valencia.
  {
    const mencho = find('nemesio-oseguera-cervantes', 'oseguera-nemesio', 'mencho', 'Nemesio Rubén Oseguera Cervantes', 'El Mencho');
    const rosalinda = find('rosalinda-gonzalez-valencia', 'gonzalez-valencia-rosalinda', 'Rosalinda González Valencia');
    const cuinis = find('cuinis', 'los-cuinis', 'Los Cuinis');
    const marriage = tie(mencho, rosalinda, ['spouse']);
    const brothers = rosalinda ? ties.filter((t) => t.relation === 'sibling' && (t.source === rosalinda || t.target === rosalinda)) : [];
    const ids = reached('oseguera');
    if (mencho && ids.length > 1) {
      const first: Inline[] = [];
      if (marriage && rosalinda)
        first.push(`The CJNG is built on a marriage: ${name(mencho)} `, cite(`married ${name(rosalinda)}`, marriage));
      if (marriage && brothers.length && cuinis)
        first.push(', ', { text: `a sister of the González Valencia brothers`, sources: uniq(brothers.flatMap((t) => t.sources)) }, ` who run ${name(cuinis)}.`);
      else if (first.length) first.push('.');
      add('families-oseguera', [first, sentLine(ids)], clusterScene('oseguera'));
    }
  }

  // Zambada and his son-in-law.
  {
    const mayo = find('ismael-zambada-garcia', 'zambada-mayo', 'el-mayo', 'Ismael Zambada García', 'El Mayo');
    const chavo = find('juan-carlos-felix-gastelum', 'felix-gastelum-chavo', 'felix-gastelum', 'Juan Carlos Félix Gastélum');
    const inlaw = tie(mayo, chavo, ['in-law']);
    const ids = reached('zambada');
    if (mayo && ids.length > 1) {
      const first: Inline[] = inlaw && chavo ? [`${name(chavo)} is `, cite(`${name(mayo)}'s son-in-law`, inlaw), ', married into the family that leads one of the two warring halves of the Sinaloa Cartel.'] : [];
      add('families-zambada', [first, sentLine(ids)], clusterScene('zambada'));
    }
  }

  // Guzmán's sons and the Chapitos' security chiefs.
  {
    const chapo = find('joaquin-guzman-loera', 'guzman-chapo', 'el-chapo', 'Joaquín Guzmán Loera', 'El Chapo');
    const chapitos = find('chapitos', 'los-chapitos', 'Los Chapitos');
    const sons = chapo ? ties.filter((t) => t.relation === 'parent-child' && t.source === chapo) : [];
    const members = chapitos ? ties.filter((t) => t.relation === 'member' && t.target === chapitos && people.has(t.source)) : [];
    const ids = reached('chapitos');
    if ((chapo || chapitos) && ids.length > 1) {
      const first: Inline[] = [];
      if (chapo && sons.length && chapitos)
        first.push(`${name(chapitos)} are `, { text: `${name(chapo)}'s sons`, sources: uniq(sons.flatMap((t) => t.sources)) }, '. ');
      if (members.length)
        first.push('Around them, the chart shows ', { text: plural(members.length, 'accused member'), sources: uniq(members.flatMap((t) => t.sources)) }, ' of their faction, among them its security chiefs.');
      add('families-chapitos', [first, sentLine(ids)], clusterScene('chapitos'));
    }
  }

  // The Treviño Morales brothers.
  {
    const z40 = find('miguel-angel-trevino-morales', 'trevino-miguel', 'Miguel Ángel Treviño Morales', 'Z-40');
    const sib = z40 ? ties.filter((t) => t.relation === 'sibling' && (t.source === z40 || t.target === z40)) : [];
    const ids = reached('trevino');
    if (z40 && ids.length > 1) {
      const first: Inline[] = sib.length
        ? [`${name(z40)}, accused of leading the Zetas, has `, { text: plural(sib.length, 'brother') + ' in the chart', sources: uniq(sib.flatMap((t) => t.sources)) }, '.']
        : [];
      add('families-trevino', [first, sentLine(ids)], clusterScene('trevino'));
    }
  }

  // Carrillo Fuentes and the Guadalajara founders.
  {
    const gdl = find('guadalajara', 'guadalajara-cartel');
    const vicente = find('vicente-carrillo-fuentes', 'carrillo-fuentes-vicente', 'Vicente Carrillo Fuentes');
    const founders = gdl ? ties.filter((t) => t.relation === 'leader' && t.target === gdl && people.has(t.source)) : [];
    const kin = vicente ? ties.filter((t) => ['sibling', 'extended-family'].includes(t.relation) && (t.source === vicente || t.target === vicente)) : [];
    const ids = reached('guadalajara');
    if ((gdl || vicente) && ids.length > 1) {
      const first: Inline[] = [];
      if (gdl && founders.length)
        first.push(`The ${name(gdl)} of the 1980s had `, { text: plural(founders.length, 'leader') + ' in this chart', sources: uniq(founders.flatMap((t) => t.sources)) }, '. ');
      // Kinship is stated only as firmly as the sources state it: a disputed tie is called disputed.
      const other = (t: Tie) => name(t.source === vicente ? t.target : t.source);
      for (const t of vicente ? kin.filter((k) => !k.disputed) : [])
        first.push(`${name(vicente!)} is the ${t.relation === 'sibling' ? 'brother' : 'relative'} of `, cite(other(t), t), '. ');
      for (const t of vicente ? kin.filter((k) => k.disputed) : [])
        first.push('A single, disputed account makes him a relative of ', cite(other(t), t), ' too; no other source confirms it.');
      add('families-guadalajara', [first, sentLine(ids)], clusterScene('guadalajara'));
    }
  }

  // Caro Quintero, in focus.
  {
    const caro = find('rafael-caro-quintero', 'caro-quintero', 'Rafael Caro Quintero');
    if (caro && tied.has(caro)) {
      const own = ties.filter((t) => t.source === caro || t.target === caro);
      const ids = reachOrder(ties, [{ from: caro, via: own.map((t) => t.relation), depth: 1 }], tied);
      add(
        'families-caro-quintero',
        [
          [`${name(caro)} has `, { text: plural(own.length, 'sourced tie'), sources: uniq(own.flatMap((t) => t.sources)).slice(0, 3) }, ' in the chart, to his family and to the partners of his Guadalajara years.'],
          sentLine(ids)
        ],
        { title: name(caro), highlight: [{ from: caro, via: uniq(own.map((t) => t.relation)) as Relation[], depth: 1 }], focus: caro }
      );
    }
  }

  // One transferred person in focus.
  {
    const abigael = findNode(d, ...ABIGAEL);
    if (abigael && tied.has(abigael)) {
      const own = ties.filter((t) => t.source === abigael || t.target === abigael);
      const p = people.get(abigael)!;
      const when = p.transfer ? transfers.get(p.transfer) : undefined;
      add(
        'families-focus',
        [
          [
            `${name(abigael)}${when ? `, transferred on ${formatDate(when.date)},` : ''} has `,
            { text: plural(own.length, 'tie'), sources: uniq(own.flatMap((t) => t.sources)).slice(0, 3) },
            ' in the chart. They are listed beside it, each with its sources.'
          ]
        ],
        { title: name(abigael), highlight: [{ from: abigael, via: uniq(own.map((t) => t.relation)) as Relation[], depth: 1 }], focus: abigael }
      );
    }
  }

  return {
    id: 'families',
    title: 'Family businesses',
    summary: 'Brothers, sons and in-laws: the family ties among the transferred.',
    visual: 'network',
    intro: [],
    steps
  };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function join(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
