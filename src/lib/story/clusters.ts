// The family clusters the story walks through, as rules over the ties (never as lists of members). The
// network's model lays its blocks out in this order; the story hands them over as data (clusters(d)).
// People and organizations are named by id; a rule lists the ids of both slug styles the data has used.
import type { Dataset } from '$lib/data/schema';
import { CLOSE_FAMILY, FAMILY } from '$lib/viz/network/graph';
import type { NetworkCluster, Reach } from '$lib/viz/network/descriptor';
import type { Relation } from '$lib/data/schema';
import type { Lang, Words } from '$lib/i18n/lang';

interface KeyedReach {
  /** Candidate ids; the first in the data wins. */
  from: string[];
  via?: Relation[];
  depth?: number;
}

interface ClusterRule {
  id: ClusterId;
  /** The block's name over the chart: family names, with the words around them in each language. */
  label: Words;
  reach: KeyedReach[];
}

export const MENCHO = ['nemesio-oseguera-cervantes', 'oseguera-nemesio', 'mencho'];
export const ROSALINDA = ['rosalinda-gonzalez-valencia', 'gonzalez-valencia-rosalinda'];
export const MAYO = ['ismael-zambada-garcia', 'zambada-mayo'];
export const CHAVO = ['juan-carlos-felix-gastelum', 'felix-gastelum-chavo'];
export const CHAPO = ['joaquin-guzman-loera', 'guzman-chapo'];
export const Z40 = ['miguel-angel-trevino-morales', 'trevino-miguel'];
export const VICENTE = ['vicente-carrillo-fuentes', 'carrillo-fuentes-vicente'];
export const CARO = ['rafael-caro-quintero', 'caro-quintero'];
export const ABIGAEL = ['abigael-gonzalez-valencia', 'gonzalez-valencia-abigael'];
export const CJNG = ['cjng'];
export const CUINIS = ['cuinis'];
export const CHAPITOS = ['chapitos'];
export const GUADALAJARA = ['guadalajara'];

export const CLUSTER_IDS = ['oseguera', 'zambada', 'chapitos', 'trevino', 'caro', 'guadalajara'] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

/** Layout order: each block sits next to the blocks it has most to do with. */
const CLUSTER_RULES: ClusterRule[] = [
  {
    id: 'oseguera',
    label: { en: 'Oseguera · González Valencia', es: 'Oseguera · González Valencia' },
    reach: [{ from: MENCHO, via: FAMILY, depth: 2 }, { from: CJNG }, { from: CUINIS }]
  },
  {
    id: 'zambada',
    label: { en: 'Zambada', es: 'Los Zambada' },
    reach: [
      { from: MAYO, via: ['parent-child', 'spouse', 'in-law'], depth: 1 },
      { from: CHAVO, via: ['spouse', 'in-law'], depth: 1 },
      { from: ['mayos'] }
    ]
  },
  {
    id: 'chapitos',
    label: { en: 'Guzmán · Chapitos', es: 'Guzmán · Los Chapitos' },
    reach: [
      { from: CHAPO, via: ['parent-child'], depth: 1 },
      { from: CHAPITOS, via: ['member', 'leader'], depth: 1 }
    ]
  },
  {
    id: 'trevino',
    label: { en: 'Treviño Morales', es: 'Los Treviño Morales' },
    reach: [{ from: Z40, via: ['sibling'], depth: 1 }, { from: ['cdn'] }, { from: ['zetas'] }]
  },
  {
    id: 'caro',
    label: { en: 'Caro Quintero', es: 'Los Caro Quintero' },
    reach: [{ from: CARO, via: FAMILY, depth: 1 }, { from: ['caborca'] }]
  },
  {
    id: 'guadalajara',
    label: { en: 'Guadalajara · Carrillo Fuentes', es: 'Guadalajara · Carrillo Fuentes' },
    reach: [
      { from: GUADALAJARA, via: ['leader'], depth: 1 },
      { from: VICENTE, via: CLOSE_FAMILY.concat('extended-family'), depth: 1 },
      { from: ['juarez'] }
    ]
  }
];

/** The first of the candidate ids that is a person or organization in the data. */
export function nodeId(d: Pick<Dataset, 'people' | 'organizations'>, candidates: readonly string[]): string | null {
  return candidates.find((k) => d.people.some((p) => p.id === k) || d.organizations.some((o) => o.id === k)) ?? null;
}

function resolve(d: Pick<Dataset, 'people' | 'organizations'>, keyed: readonly KeyedReach[]): Reach[] {
  return keyed.flatMap((k) => {
    const from = nodeId(d, k.from);
    return from ? [{ from, ...(k.via ? { via: k.via, depth: k.depth ?? 1 } : {}) }] : [];
  });
}

/** The clusters with their reaches resolved against the data, in layout order: what the network's model takes. */
export function clusters(d: Pick<Dataset, 'people' | 'organizations'>, lang: Lang = 'en'): NetworkCluster[] {
  return CLUSTER_RULES.map((r) => ({ id: r.id, label: r.label[lang], reach: resolve(d, r.reach) }));
}

export function cluster(d: Pick<Dataset, 'people' | 'organizations'>, id: ClusterId, lang: Lang = 'en'): NetworkCluster {
  return clusters(d, lang).find((c) => c.id === id)!;
}
