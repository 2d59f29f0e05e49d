// The family clusters the story walks through, as rules over the ties (never as lists of members).
// The layout draws each as a block and each is one scene; people are named by id or name so the
// rules survive either slug style in the data.
import type { Dataset, Relation } from '$lib/data/schema';
import { CLOSE_FAMILY, FAMILY, findNode, type Reach } from './graph';

export interface KeyedReach {
  /** Candidate ids or names; the first found in the data wins. */
  from: string[];
  via?: Relation[];
  depth?: number;
}

export interface ClusterRule {
  id: string;
  label: string;
  reach: KeyedReach[];
}

const MENCHO = ['nemesio-oseguera-cervantes', 'oseguera-nemesio', 'mencho', 'Nemesio Rubén Oseguera Cervantes', 'Nemesio Oseguera Cervantes', 'El Mencho'];
const MAYO = ['ismael-zambada-garcia', 'zambada-mayo', 'el-mayo', 'Ismael Zambada García', 'El Mayo'];
const CHAVO = ['juan-carlos-felix-gastelum', 'felix-gastelum-chavo', 'felix-gastelum', 'Juan Carlos Félix Gastélum', 'El Chavo Félix'];
const CHAPO = ['joaquin-guzman-loera', 'guzman-chapo', 'el-chapo', 'Joaquín Guzmán Loera', 'El Chapo'];
const Z40 = ['miguel-angel-trevino-morales', 'trevino-miguel', 'z-40', 'Miguel Ángel Treviño Morales', 'Z-40'];
const VICENTE = ['vicente-carrillo-fuentes', 'carrillo-fuentes-vicente', 'Vicente Carrillo Fuentes', 'El Viceroy'];
const CARO = ['rafael-caro-quintero', 'caro-quintero', 'Rafael Caro Quintero'];
export const ABIGAEL = ['abigael-gonzalez-valencia', 'gonzalez-valencia-abigael', 'Abigael González Valencia', 'El Cuini'];

/** Layout order: each block sits next to the blocks it has most to do with. */
export const CLUSTER_RULES: ClusterRule[] = [
  {
    id: 'oseguera',
    label: 'Oseguera · González Valencia',
    reach: [{ from: MENCHO, via: FAMILY, depth: 2 }, { from: ['cjng', 'CJNG'] }, { from: ['cuinis', 'los-cuinis', 'Los Cuinis'] }]
  },
  {
    id: 'zambada',
    label: 'Zambada',
    reach: [
      { from: MAYO, via: ['parent-child', 'spouse', 'in-law'], depth: 1 },
      { from: CHAVO, via: ['spouse', 'in-law'], depth: 1 },
      { from: ['mayos', 'la-mayiza', 'Los Mayos', 'La Mayiza'] }
    ]
  },
  {
    id: 'chapitos',
    label: 'Guzmán · Chapitos',
    reach: [
      { from: CHAPO, via: ['parent-child'], depth: 1 },
      { from: ['chapitos', 'los-chapitos', 'Los Chapitos'], via: ['member', 'leader'], depth: 1 }
    ]
  },
  {
    id: 'trevino',
    label: 'Treviño Morales',
    reach: [{ from: Z40, via: ['sibling'], depth: 1 }, { from: ['cdn', 'cartel-del-noreste'] }, { from: ['zetas', 'los-zetas'] }]
  },
  {
    id: 'caro',
    label: 'Caro Quintero',
    reach: [{ from: CARO, via: FAMILY, depth: 1 }, { from: ['caborca', 'caborca-cartel'] }]
  },
  {
    id: 'guadalajara',
    label: 'Guadalajara · Carrillo Fuentes',
    reach: [
      { from: ['guadalajara', 'guadalajara-cartel'], via: ['leader'], depth: 1 },
      { from: VICENTE, via: CLOSE_FAMILY.concat('extended-family'), depth: 1 },
      { from: ['juarez', 'juarez-cartel'] }
    ]
  }
];

export function resolveReach(d: Pick<Dataset, 'people' | 'organizations'>, keyed: readonly KeyedReach[]): Reach[] {
  const out: Reach[] = [];
  for (const k of keyed) {
    const from = findNode(d, ...k.from);
    if (from) out.push({ from, ...(k.via ? { via: k.via, depth: k.depth ?? 1 } : {}) });
  }
  return out;
}

export function ruleById(id: string): ClusterRule {
  const r = CLUSTER_RULES.find((c) => c.id === id);
  if (!r) throw new Error(`no network cluster "${id}"`);
  return r;
}
