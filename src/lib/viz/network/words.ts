// A network scene in words: the ties from one end, the ties of a node in a stable order, and the scene
// read out for screen readers.
import { count, formatDate, plural } from '$lib/format';
import { transferColor } from '../palette';
import type { Relation } from '$lib/data/schema';
import type { NetworkScene } from './descriptor';
import type { NetEdge, NetworkModel } from './model';
import { networkSceneState } from './state';
import { perScene } from '../memo';

const RELATION_WORDS: Record<Relation, [string, string]> = {
  sibling: ['sibling of', 'sibling of'],
  spouse: ['spouse of', 'spouse of'],
  'in-law': ['in-law of', 'in-law of'],
  'parent-child': ['parent of', 'child of'],
  'extended-family': ['relative of', 'relative of'],
  member: ['member of', 'has as member'],
  leader: ['leader of', 'led by'],
  associate: ['associate of', 'has as associate'],
  ally: ['ally of', 'ally of'],
  rival: ['rival of', 'rival of'],
  'faction-of': ['faction of', 'has as faction'],
  'splinter-of': ['split from', 'split into']
};

/** A tie in words from one end: "sibling of José González Valencia". */
export function tieWords(model: NetworkModel, e: NetEdge, from: number): string {
  const forward = e.s === from;
  const other = model.nodes[forward ? e.t : e.s]!;
  return `${RELATION_WORDS[e.r][forward ? 0 : 1]} ${other.name}`;
}

/** A tie in words, both ends: "Abigael González Valencia, sibling of José González Valencia". */
export function tieSentence(model: NetworkModel, e: NetEdge): string {
  return `${model.nodes[e.s]!.name}, ${tieWords(model, e, e.s)}`;
}

/** The ties of one node, in a stable order: family first, then organizations, then allies and rivals (ids by code point: no collator on a scene change). */
export function tiesOf(model: NetworkModel, node: number): number[] {
  const rank = (r: Relation) => Object.keys(RELATION_WORDS).indexOf(r);
  return model.edges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.s === node || e.t === node)
    .sort((a, b) => rank(a.e.r) - rank(b.e.r) || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
    .map(({ i }) => i);
}

/** The scene in words, for screen readers: what stands out, how many were transferred, the ties. */
export const describeNetwork = perScene(function describeNetwork(model: NetworkModel, scene: NetworkScene): string {
  const s = networkSceneState(model, scene);
  const picked = [...s.nodes].map((i) => model.nodes[i]!);
  const people = picked.filter((n) => n.kind === 'person');
  const sent = people.filter((n) => n.t >= 0).length;
  const orgs = picked.length - people.length;
  const disputed = [...s.edges].filter((i) => model.edges[i]!.d).length;
  let text = `${scene.title}. Highlighted: ${plural(people.length, 'person', 'people')} (${count(sent)} of them transferred to the United States)`;
  if (orgs) text += ` and ${plural(orgs, 'organization')}`;
  text += `, with ${plural(s.edges.size, 'tie')}${disputed ? ` (${count(disputed)} disputed)` : ''}.`;
  if (s.focus !== null) text += ` In focus: ${model.nodes[s.focus]!.name}, with ${plural(tiesOf(model, s.focus).length, 'tie')}.`;
  return text;
});

/** "transferred 27 February 2025" or "not transferred": a person's cue in the chart and the panel. */
export function transferCue(model: NetworkModel, t: number): string {
  return t >= 0 ? `transferred ${formatDate(model.transfers[t]!.date)}` : 'not transferred';
}

/** A node's accessible name: "Abigael González Valencia, transferred 27 February 2025, 4 ties". */
export function nodeLabel(model: NetworkModel, i: number): string {
  const n = model.nodes[i]!;
  const ties = tiesOf(model, i).length;
  const what = n.kind === 'org' ? 'organization' : transferCue(model, n.t);
  // The name begins with the words drawn (an organization's short name), so a reader who says what they see
  // ("CJNG") reaches the node by voice.
  const shown = n.lines.join(' ');
  const name = n.name.toLowerCase().includes(shown.toLowerCase()) ? n.name : `${shown}: ${n.name}`;
  return `${name}, ${what}, ${ties} ${ties === 1 ? 'tie' : 'ties'}`;
}

/** A tie as the panel and the list write it, with its sources as links. */
export interface TieItem {
  id: string;
  /** From the node in focus ("sibling of …"), or both ends ("A, sibling of B") in the list. */
  words: string;
  disputed: boolean;
  detail: string;
  sources: { url: string; publisher: string }[];
}

function item(model: NetworkModel, e: NetEdge, words: string): TieItem {
  return { id: e.id, words, disputed: !!e.d, detail: e.detail, sources: e.src.map((s) => ({ url: model.sources[s]!.url, publisher: model.sources[s]!.publisher })) };
}

/** The ties of the node in focus, in the panel's order. */
export function panelTies(model: NetworkModel, node: number): TieItem[] {
  return tiesOf(model, node).map((i) => item(model, model.edges[i]!, tieWords(model, model.edges[i]!, node)));
}

/** Every tie, both ends named, in model order: the list below the chart. */
export function listTies(model: NetworkModel): TieItem[] {
  return model.edges.map((e) => item(model, e, tieSentence(model, e)));
}

/** One entry of the legend: its icon and its words. */
export type LegendKey =
  | { icon: 'transfer'; n: number; color: string; text: string }
  | { icon: 'context' | 'org'; text: string }
  | { icon: 'edge'; edge: string; text: string };

export function legendKeys(model: NetworkModel): LegendKey[] {
  return [
    ...model.transfers.map((t, k): LegendKey => ({ icon: 'transfer', n: k + 1, color: transferColor(k), text: `Transferred ${formatDate(t.date, true)}` })),
    { icon: 'context', text: 'Not transferred' },
    { icon: 'org', text: 'Organization' },
    { icon: 'edge', edge: 'e-family', text: 'Family' },
    { icon: 'edge', edge: 'e-org', text: 'Organization tie' },
    { icon: 'edge', edge: 'e-ally', text: 'Ally' },
    { icon: 'edge', edge: 'e-rival', text: 'Rival' },
    { icon: 'edge', edge: 'e-family disputed', text: 'Disputed' }
  ];
}
