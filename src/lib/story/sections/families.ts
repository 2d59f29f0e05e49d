// Section "families": the family ties among the transferred, one cluster per step, built from the ties.
// Names, dates and counts come from the data; a sentence whose tie is missing from the data is left out,
// but a step whose people are missing fails the build naming the step (step ids are promised to be stable).
import type { Dataset, Person, Relation, Tie } from '$lib/data/schema';
import { count, countEs, formatDate, formatDateEs, list, listEs, plural, pluralEs } from '$lib/format';
import type { Lang } from '$lib/i18n/lang';
import { reachOrder } from '$lib/viz/network/graph';
import type { NetworkScene } from '$lib/viz/network/descriptor';
import { ABIGAEL, CARO, CHAPITOS, CHAPO, CHAVO, cluster, CUINIS, GUADALAJARA, MAYO, MENCHO, nodeId, ROSALINDA, VICENTE, Z40, type ClusterId } from '../clusters';
import { StoryError } from '../facts/events';
import { cap, cite, uniq } from '../words';
import type { Inline, Paragraph, Section, Step } from '../types';

export default function section(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const join = es ? listEs : list;
  const date = es ? formatDateEs : formatDate;
  const people = new Map(d.people.map((p) => [p.id, p]));
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const ties = d.ties.filter((t) => t.sources.length);
  const tied = new Set(ties.flatMap((t) => [t.source, t.target]));
  const transfers = new Map(d.transfers.map((t) => [t.id, t]));

  const orgName = (id: string) => (es ? orgs.get(id)?.es.name : orgs.get(id)?.name);
  const name = (id: string) => people.get(id)?.name ?? orgName(id) ?? id;
  const find = (ids: readonly string[]) => nodeId(d, ids);
  /** A node the step cannot do without: in the data and in the chart. */
  const need = (step: string, ids: readonly string[]): string => {
    const id = nodeId(d, ids);
    if (!id || !tied.has(id)) throw new StoryError(`step "${step}": none of ${ids.join(', ')} has a sourced tie`);
    return id;
  };
  /** The step's cluster must reach more than its first node. */
  const needCluster = (step: string, id: ClusterId): string[] => {
    const ids = reached(id);
    if (ids.length < 2) throw new StoryError(`step "${step}": cluster "${id}" reaches ${ids.length} node(s)`);
    return ids;
  };
  /** The tie between two nodes (either way), optionally of given relations. */
  const tie = (a: string | null, b: string | null, rel?: Relation[]): Tie | undefined =>
    a && b
      ? ties.find(
          (t) => ((t.source === a && t.target === b) || (t.source === b && t.target === a)) && (!rel || rel.includes(t.relation))
        )
      : undefined;

  /** "Of the N people in this cluster, K were transferred: A (date), B (date)." */
  const sentLine = (ids: string[]): Paragraph => {
    const ppl = ids.map((id) => people.get(id)).filter((p): p is Person => !!p);
    const sent = ppl.filter((p) => p.transfer).sort((a, b) => (transferDate(a) < transferDate(b) ? -1 : 1));
    if (es) {
      if (!sent.length) return [`Ninguna de las ${pluralEs(ppl.length, 'persona', 'personas', true)} que aparecen aquí estuvo entre los enviados.`];
      const named = sent.map((p) => `${p.name ?? 'una persona sin nombre'} (${formatDateEs(transferDate(p))})`);
      const head = sent.length === ppl.length ? `${ppl.length === 2 ? 'Ambas' : `Las ${countEs(ppl.length, true)}`} personas` : `${cap(countEs(sent.length, true))} de las ${countEs(ppl.length, true)} personas que aparecen aquí`;
      return [`${head} ${sent.length === 1 ? 'fue enviada' : 'fueron enviadas'}: `, join(named), '.'];
    }
    if (!sent.length) return [`None of the ${plural(ppl.length, 'person', 'people')} here was among the transferred.`];
    const named = sent.map((p) => `${p.name ?? 'an unnamed person'} (${formatDate(transferDate(p), true)})`);
    const head = sent.length === ppl.length ? `All ${count(ppl.length)}` : `${cap(count(sent.length))} of the ${count(ppl.length)} people here`;
    return [`${head} ${sent.length === 1 ? 'was' : 'were'} transferred: `, join(named), '.'];
  };
  const transferDate = (p: Person) => (p.transfer ? (transfers.get(p.transfer)?.date ?? '') : '');

  const reached = (id: ClusterId) => reachOrder(ties, cluster(d, id).reach, tied);
  const clusterScene = (id: ClusterId): NetworkScene => ({ title: cluster(d, id, lang).label, highlight: cluster(d, id).reach });

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
      es
        ? [
            `El gráfico muestra a ${pluralEs(inNet.length, 'persona', 'personas', true)} y ${pluralEs(nodeIds.length - inNet.length, 'organización', 'organizaciones', true)} unidas por ${pluralEs(ties.length, 'lazo con fuente', 'lazos con fuente')}. `,
            `De esas personas, ${countEs(sentInNet.length, true)} estuvieron entre los enviados, y ${countEs(withKin.length, true)} de ellas tienen un familiar en el gráfico.`
          ]
        : [
            `The chart draws ${plural(inNet.length, 'person', 'people')} and ${plural(nodeIds.length - inNet.length, 'organization')} linked by ${plural(ties.length, 'sourced tie')}. `,
            `${cap(count(sentInNet.length))} of those people were among the transferred, and ${count(withKin.length)} of them have a relative in the chart.`
          ],
      [
        es
          ? 'Los lazos familiares son líneas continuas; los lazos con una organización, líneas discontinuas delgadas; las rivalidades, rojas; un lazo que las fuentes disputan va punteado. Toque o seleccione un nombre para ver sus lazos y sus fuentes.'
          : 'Family ties are solid lines, ties to an organization thin dashed ones, rivalries red; a tie the sources dispute is dotted. Tap or select a name to see its ties and their sources.'
      ]
    ],
    { title: es ? 'Lazos familiares entre los enviados' : 'Family ties among the transferred', highlight: 'all' }
  );

  // Oseguera · González Valencia.
  {
    const mencho = need('families-oseguera', MENCHO);
    const rosalinda = find(ROSALINDA);
    const cuinis = find(CUINIS);
    const marriage = tie(mencho, rosalinda, ['spouse']);
    const brothers = rosalinda ? ties.filter((t) => t.relation === 'sibling' && (t.source === rosalinda || t.target === rosalinda)) : [];
    const ids = needCluster('families-oseguera', 'oseguera');
    {
      const first: Inline[] = [];
      if (marriage && rosalinda)
        first.push(
          es ? `El CJNG se construyó sobre un matrimonio: ${name(mencho)} ` : `The CJNG is built on a marriage: ${name(mencho)} `,
          cite(es ? `se casó con ${name(rosalinda)}` : `married ${name(rosalinda)}`, marriage.sources)
        );
      if (marriage && brothers.length && cuinis)
        first.push(
          ', ',
          { text: es ? 'hermana de los hermanos González Valencia' : `a sister of the González Valencia brothers`, sources: uniq(brothers.flatMap((t) => t.sources)) },
          es ? `, que encabezan ${name(cuinis)}.` : ` who run ${name(cuinis)}.`
        );
      else if (first.length) first.push('.');
      add('families-oseguera', [first, sentLine(ids)], clusterScene('oseguera'));
    }
  }

  // Zambada and his son-in-law.
  {
    const mayo = need('families-zambada', MAYO);
    const chavo = find(CHAVO);
    const inlaw = tie(mayo, chavo, ['in-law']);
    const ids = needCluster('families-zambada', 'zambada');
    {
      const first: Inline[] =
        inlaw && chavo
          ? es
            ? [`${name(chavo)} es `, cite(`yerno de ${name(mayo)}`, inlaw.sources), ': emparentó por matrimonio con la familia que encabeza una de las dos mitades enfrentadas del Cártel de Sinaloa.']
            : [`${name(chavo)} is `, cite(`${name(mayo)}'s son-in-law`, inlaw.sources), ', married into the family that leads one of the two warring halves of the Sinaloa Cartel.']
          : [];
      add('families-zambada', [first, sentLine(ids)], clusterScene('zambada'));
    }
  }

  // Guzmán's sons and the Chapitos' security chiefs.
  {
    const chapo = find(CHAPO);
    const chapitos = find(CHAPITOS);
    const sons = chapo ? ties.filter((t) => t.relation === 'parent-child' && t.source === chapo) : [];
    const members = chapitos ? ties.filter((t) => t.relation === 'member' && t.target === chapitos && people.has(t.source)) : [];
    const ids = needCluster('families-chapitos', 'chapitos');
    {
      const first: Inline[] = [];
      if (chapo && sons.length && chapitos)
        first.push(
          es ? `${name(chapitos)} son ` : `${name(chapitos)} are `,
          { text: es ? `los hijos de ${name(chapo)}` : `${name(chapo)}'s sons`, sources: uniq(sons.flatMap((t) => t.sources)) },
          '. '
        );
      if (members.length)
        first.push(
          es ? 'A su alrededor, el gráfico muestra a ' : 'Around them, the chart shows ',
          {
            text: es ? pluralEs(members.length, 'presunto integrante', 'presuntos integrantes') : plural(members.length, 'accused member'),
            sources: uniq(members.flatMap((t) => t.sources))
          },
          es ? ' de su facción, entre ellos sus jefes de seguridad.' : ' of their faction, among them its security chiefs.'
        );
      add('families-chapitos', [first, sentLine(ids)], clusterScene('chapitos'));
    }
  }

  // The Treviño Morales brothers.
  {
    const z40 = need('families-trevino', Z40);
    const sib = ties.filter((t) => t.relation === 'sibling' && (t.source === z40 || t.target === z40));
    const ids = needCluster('families-trevino', 'trevino');
    {
      const first: Inline[] = sib.length
        ? es
          ? [`${name(z40)}, acusado de encabezar Los Zetas, tiene `, { text: pluralEs(sib.length, 'hermano', 'hermanos') + ' en el gráfico', sources: uniq(sib.flatMap((t) => t.sources)) }, '.']
          : [`${name(z40)}, accused of leading the Zetas, has `, { text: plural(sib.length, 'brother') + ' in the chart', sources: uniq(sib.flatMap((t) => t.sources)) }, '.']
        : [];
      add('families-trevino', [first, sentLine(ids)], clusterScene('trevino'));
    }
  }

  // Carrillo Fuentes and the Guadalajara founders.
  {
    const gdl = find(GUADALAJARA);
    const vicente = find(VICENTE);
    const founders = gdl ? ties.filter((t) => t.relation === 'leader' && t.target === gdl && people.has(t.source)) : [];
    const kin = vicente ? ties.filter((t) => ['sibling', 'extended-family'].includes(t.relation) && (t.source === vicente || t.target === vicente)) : [];
    const ids = needCluster('families-guadalajara', 'guadalajara');
    {
      const first: Inline[] = [];
      if (gdl && founders.length)
        first.push(
          es ? `El ${name(gdl)} de los años ochenta tenía ` : `The ${name(gdl)} of the 1980s had `,
          {
            text: es ? pluralEs(founders.length, 'líder', 'líderes') + ' en este gráfico' : plural(founders.length, 'leader') + ' in this chart',
            sources: uniq(founders.flatMap((t) => t.sources))
          },
          '. '
        );
      // Kinship is stated only as firmly as the sources state it: a disputed tie is called disputed.
      const other = (t: Tie) => name(t.source === vicente ? t.target : t.source);
      for (const t of vicente ? kin.filter((k) => !k.disputed) : [])
        first.push(
          es ? `${name(vicente!)} es ${t.relation === 'sibling' ? 'hermano' : 'pariente'} de ` : `${name(vicente!)} is the ${t.relation === 'sibling' ? 'brother' : 'relative'} of `,
          cite(other(t), t.sources),
          '. '
        );
      for (const t of vicente ? kin.filter((k) => k.disputed) : [])
        first.push(
          es ? 'Según un único relato, que está en disputa, también es pariente de ' : 'A single, disputed account makes him a relative of ',
          cite(other(t), t.sources),
          es ? '; ninguna otra fuente lo confirma.' : ' too; no other source confirms it.'
        );
      add('families-guadalajara', [first, sentLine(ids)], clusterScene('guadalajara'));
    }
  }

  // Caro Quintero, in focus.
  {
    const caro = need('families-caro-quintero', CARO);
    {
      const own = ties.filter((t) => t.source === caro || t.target === caro);
      const ids = reachOrder(ties, [{ from: caro, via: own.map((t) => t.relation), depth: 1 }], tied);
      add(
        'families-caro-quintero',
        [
          es
            ? [
                `${name(caro)} tiene `,
                { text: pluralEs(own.length, 'lazo con fuente', 'lazos con fuente'), sources: uniq(own.flatMap((t) => t.sources)).slice(0, 3) },
                ' en el gráfico: con su familia y con sus socios de los años de Guadalajara.'
              ]
            : [`${name(caro)} has `, { text: plural(own.length, 'sourced tie'), sources: uniq(own.flatMap((t) => t.sources)).slice(0, 3) }, ' in the chart, to his family and to the partners of his Guadalajara years.'],
          sentLine(ids)
        ],
        { title: name(caro), highlight: [{ from: caro, via: uniq(own.map((t) => t.relation)) as Relation[], depth: 1 }], focus: caro }
      );
    }
  }

  // One transferred person in focus.
  {
    const abigael = need('families-focus', ABIGAEL);
    {
      const own = ties.filter((t) => t.source === abigael || t.target === abigael);
      const p = people.get(abigael)!;
      const when = p.transfer ? transfers.get(p.transfer) : undefined;
      add(
        'families-focus',
        [
          es
            ? [
                `${name(abigael)}${when ? `, enviado el ${date(when.date)},` : ''} tiene `,
                { text: pluralEs(own.length, 'lazo', 'lazos'), sources: uniq(own.flatMap((t) => t.sources)).slice(0, 3) },
                ' en el gráfico. Se enumeran junto a él, cada uno con sus fuentes.'
              ]
            : [
                `${name(abigael)}${when ? `, transferred on ${date(when.date)},` : ''} has `,
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
    title: es ? 'Negocios de familia' : 'Family businesses',
    summary: es ? 'Hermanos, hijos y yernos: los lazos familiares entre los enviados.' : 'Brothers, sons and in-laws: the family ties among the transferred.',
    visual: 'network',
    intro: [],
    steps
  };
}
