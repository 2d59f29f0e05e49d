// Section "territories": where the organizations of the transferred operate, and where sources disagree.
import type { Dataset } from '$lib/data/schema';
import { list } from '$lib/format';
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

export default function section(d: Dataset): Section {
  // In a sentence an organization goes by its acronym (CJNG) or its full name ("the Sinaloa Cartel"),
  // never a bare place name: "the Sinaloa" would read as the state.
  const orgProse = (id: string | undefined) => {
    const o = d.organizations.find((x) => x.id === id);
    if (!o) return orgShort(d, id);
    if (/^[A-Z]{2,5}$/.test(o.shortName)) return o.shortName;
    return o.kind === 'group' && /^Local/.test(o.name) ? o.name.toLowerCase() : o.name;
  };
  const enc = encoding(d);
  const ids = (kind: string) => MX_STATES.filter((s) => enc[s.id]!.kind === kind).map((s) => s.id);
  const strong = ids('stronghold');
  const contested = ids('contested');
  const several = ids('several');
  const byOrg = new Map<string, string[]>();
  for (const id of strong) byOrg.set(enc[id]!.org!, [...(byOrg.get(enc[id]!.org!) ?? []), id]);
  const step = (id: string, text: Paragraph[], map: MapScene): Step => ({ id, text, scene: { visual: 'map', map } });

  const steps: Step[] = [
    step(
      'territories-strongholds',
      [
        [
          strong.length
            ? cite(
                `Sources agree on only ${strong.length} strongholds: ${list([...byOrg].map(([org, st]) => `${list(st.map(stateName))} for the ${orgProse(org)}`))}.`,
                strong.flatMap((s) => claimSources(d, s)).filter((x, i, a) => a.indexOf(x) === i).slice(0, 4)
              )
            : 'No state is called the stronghold of one organization by two sources or more.',
          ' Only those are painted in one organization’s colour.'
        ]
      ],
      { zoom: 'mexico', layer: 'territory', states: strong }
    ),
    step(
      'territories-contested',
      [
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
    steps.push(
      step(
        `territories-org-${org}`,
        [
          [
            cite(`Sources place the ${orgProse(org)} in ${present.size === 32 ? 'all 32' : `${present.size} of Mexico’s 32`} states.`, claimSources(d, null, org).slice(0, 3)),
            ' That is presence, not control: the darker the state, the stronger the source’s wording.'
          ]
        ],
        { zoom: 'mexico', layer: 'org', org, states: byOrg.get(org) ?? [] }
      )
    );
  }

  for (const [slug, state] of ZOOMS) {
    const e = enc[state]!;
    const reading =
      e.kind === 'stronghold'
        ? `a stronghold of the ${orgProse(e.org)}`
        : e.kind === 'contested'
          ? `contested; the sources name ${list(e.orgs.map((o) => orgProse(o)))}`
          : e.kind === 'several'
            ? `home to several groups (${list(e.orgs.map((o) => orgProse(o)))}), and the sources disagree`
            : 'not covered by the territorial sources';
    const people = transferredFrom(d, state);
    const named = people.filter((p) => p.kind === 'named').slice(0, 3);
    const text: Paragraph[] = [[cite(`${stateName(state)} is ${reading}.`, claimSources(d, state).slice(0, 3))]];
    if (people.length)
      text.push([
        `${people.length} of the transferred are accused of working for organizations based here`,
        named.length ? `, among them ${list(named.map((p) => p.name!))}.` : '.'
      ]);
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
  steps.push(
    step(
      'territories-places',
      [[`The places of this story: ${list(mxPlaces.map((p) => p.name))}.`]],
      { zoom: 'mexico', layer: 'plain', places: mxPlaces.map((p) => p.id) }
    )
  );

  return {
    id: 'territories',
    title: 'Where they operate',
    summary: 'Where the organizations of the transferred operate, and where sources disagree.',
    visual: 'map',
    intro: [
      [
        'No source publishes a clean map of who controls which state. Government and research maps disagree, and the DEA maps presence, not control; this map paints only what they share.'
      ]
    ],
    steps
  };
}
