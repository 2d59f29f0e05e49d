// Section "territories": where the organizations of the transferred operate, and where sources disagree.
import type { Dataset } from '$lib/data/schema';
import { countEs, list, listEs } from '$lib/format';
import type { Lang } from '$lib/i18n/lang';
import type { MapScene, MxStateId } from '$lib/viz/map/descriptor';
import { CURRENT_FROM } from '$lib/viz/map/encoding';
import { claimSources, encoding, MX_STATES, orgShort, stateName, transferredFrom } from '../facts/map';
import { cite } from '../words';
import type { Paragraph, Section, Step } from '../types';

/** The zooms the story makes, with the step id's slug. */
const ZOOMS: [slug: string, state: MxStateId][] = [
  ['michoacan', 'MX-MIC'],
  ['tamaulipas', 'MX-TAM'],
  ['chihuahua', 'MX-CHH'],
  ['baja-california', 'MX-BCN'],
  ['sinaloa', 'MX-SIN'],
  ['jalisco', 'MX-JAL']
];

export default function section(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const and = es ? listEs : list;
  const acronym = (s: string) => /^[A-Z]{2,5}$/.test(s);
  // In a sentence an organization goes by its acronym (CJNG) or its full name ("the Sinaloa Cartel"),
  // never a bare place name: "the Sinaloa" would read as the state.
  const orgProse = (id: string | undefined) => {
    const o = d.organizations.find((x) => x.id === id);
    if (!o) return orgShort(d, id);
    if (acronym(o.shortName)) return o.shortName;
    if (es) return o.kind === 'group' && /^Local/.test(o.name) ? o.es.name.toLowerCase() : o.es.name;
    return o.kind === 'group' && /^Local/.test(o.name) ? o.name.toLowerCase() : o.name;
  };
  // Spanish "of": del CJNG, del Cártel de Sinaloa, de Los Zetas, de la Organización…
  const ofOrg = (id: string | undefined) => {
    const n = orgProse(id);
    if (acronym(n) || /^(Cártel |Grupo )/.test(n)) return `del ${n}`;
    if (/^(Organización|Red|Pandilla) /.test(n)) return `de la ${n}`;
    if (/^Cárteles /.test(n)) return `de los ${n}`;
    return `de ${n}`;
  };
  const enc = encoding(d);
  const ids = (kind: string) => MX_STATES.filter((s) => enc[s.id]!.kind === kind).map((s) => s.id);
  const strong = ids('stronghold');
  const contested = ids('contested');
  const several = ids('several');
  const byOrg = new Map<string, string[]>();
  for (const id of strong) byOrg.set(enc[id]!.org!, [...(byOrg.get(enc[id]!.org!) ?? []), id]);
  const step = (id: string, text: Paragraph[], map: MapScene): Step => ({ id, text, scene: { visual: 'map', map } });
  const strongSources = strong.flatMap((s) => claimSources(d, s)).filter((x, i, a) => a.indexOf(x) === i).slice(0, 4);

  const steps: Step[] = [
    step(
      'territories-strongholds',
      [
        es
          ? [
              strong.length
                ? cite(
                    `Las fuentes coinciden solo en ${countEs(strong.length)} bastiones: ${[...byOrg].map(([org, st]) => `${listEs(st.map(stateName))}, ${ofOrg(org)}`).join('; ')}.`,
                    strongSources
                  )
                : 'Ningún estado aparece como bastión de una sola organización en dos fuentes o más.',
              ' Solo esos se pintan con el color de una organización.'
            ]
          : [
              strong.length
                ? cite(
                    `Sources agree on only ${strong.length} strongholds: ${list([...byOrg].map(([org, st]) => `${list(st.map(stateName))} for the ${orgProse(org)}`))}.`,
                    strongSources
                  )
                : 'No state is called the stronghold of one organization by two sources or more.',
              ' Only those are painted in one organization’s colour.'
            ]
      ],
      { zoom: 'mexico', layer: 'territory', states: strong }
    ),
    step(
      'territories-contested',
      es
        ? [
            [
              `Al menos una fuente califica de disputados a ${contested.length} estados (rayados). En otros ${several.length} operan varios grupos y las fuentes no coinciden en quién domina (gris).`
            ],
            ['Todos estos mapas se trazaron antes de la muerte de El Mencho y antes del tercer envío.']
          ]
        : [
            [
              `${contested.length} states are called contested by at least one source (hatched). In ${several.length} more, several groups operate and the sources disagree on who leads (grey).`
            ],
            ['Every one of these maps was drawn before El Mencho’s death, and before the third transfer.']
          ],
      { zoom: 'mexico', layer: 'territory', states: contested }
    )
  ];

  for (const org of ['sinaloa', 'cjng'].filter((o) => d.organizations.some((x) => x.id === o))) {
    const orgs = new Map(d.organizations.map((o) => [o.id, o]));
    const present = new Set(
      d.territories
        .filter((c) => c.year >= CURRENT_FROM && (c.organization === org || orgs.get(c.organization)?.parent === org))
        .map((c) => c.state)
    );
    const cited = claimSources(d, null, org).slice(0, 3);
    steps.push(
      step(
        `territories-org-${org}`,
        [
          es
            ? [
                cite(`Las fuentes ubican al ${orgProse(org)} en ${present.size === 32 ? 'los 32' : `${present.size} de los 32`} estados del país.`, cited),
                ' Eso es presencia, no control: cuanto más oscuro el estado, más contundente la fuente.'
              ]
            : [
                cite(`Sources place the ${orgProse(org)} in ${present.size === 32 ? 'all 32' : `${present.size} of Mexico’s 32`} states.`, cited),
                ' That is presence, not control: the darker the state, the stronger the source’s wording.'
              ]
        ],
        { zoom: 'mexico', layer: 'org', org, states: byOrg.get(org) ?? [] }
      )
    );
  }

  for (const [slug, state] of ZOOMS) {
    const e = enc[state]!;
    const names = e.kind === 'contested' || e.kind === 'several' ? and(e.orgs.map((o) => orgProse(o))) : '';
    const reading = es
      ? e.kind === 'stronghold'
        ? `es bastión ${ofOrg(e.org)}`
        : e.kind === 'contested'
          ? `está en disputa; las fuentes mencionan a estos grupos: ${names}`
          : e.kind === 'several'
            ? `alberga a varios grupos (${names}), y las fuentes no coinciden`
            : 'no aparece en las fuentes sobre territorio'
      : e.kind === 'stronghold'
        ? `is a stronghold of the ${orgProse(e.org)}`
        : e.kind === 'contested'
          ? `is contested; the sources name ${names}`
          : e.kind === 'several'
            ? `is home to several groups (${names}), and the sources disagree`
            : 'is not covered by the territorial sources';
    const people = transferredFrom(d, state);
    const named = people.filter((p) => p.kind === 'named').slice(0, 3);
    const text: Paragraph[] = [[cite(`${stateName(state)} ${reading}.`, claimSources(d, state).slice(0, 3))]];
    if (people.length)
      text.push(
        es
          ? [
              `De los enviados, ${people.length} están acusados de trabajar para organizaciones con base aquí`,
              named.length ? `; entre ellos, ${listEs(named.map((p) => p.name!))}.` : '.'
            ]
          : [
              `${people.length} of the transferred are accused of working for organizations based here`,
              named.length ? `, among them ${list(named.map((p) => p.name!))}.` : '.'
            ]
      );
    steps.push(
      step(`territories-${slug}`, text, {
        zoom: state,
        layer: 'territory',
        states: [state],
        places: d.places.filter((p) => p.state === state).map((p) => p.id)
      })
    );
  }

  const mxPlaces = d.places.filter((p) => p.state.startsWith('MX-'));
  const placeName = (p: (typeof mxPlaces)[number]) => (es ? (p.es?.name ?? p.name) : p.name);
  steps.push(
    step(
      'territories-places',
      [[es ? `Los lugares de esta historia: ${listEs(mxPlaces.map(placeName))}.` : `The places of this story: ${list(mxPlaces.map(placeName))}.`]],
      { zoom: 'mexico', layer: 'plain', places: mxPlaces.map((p) => p.id) }
    )
  );

  return {
    id: 'territories',
    title: es ? 'Dónde operan' : 'Where they operate',
    summary: es
      ? 'Dónde operan las organizaciones de los enviados, y dónde no coinciden las fuentes.'
      : 'Where the organizations of the transferred operate, and where sources disagree.',
    visual: 'map',
    intro: [
      [
        es
          ? 'Ninguna fuente publica un mapa limpio de quién controla cada estado. Los mapas oficiales y los académicos no coinciden, y la DEA registra presencia, no control; este mapa pinta solo lo que comparten.'
          : 'No source publishes a clean map of who controls which state. Government and research maps disagree, and the DEA maps presence, not control; this map paints only what they share.'
      ]
    ],
    steps
  };
}
