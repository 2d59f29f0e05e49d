// What a network step asks for (which nodes stand out, which one is in focus) and what follows
// from it: the highlighted nodes and ties, the view box, and the scene in words.
import { count, plural } from '$lib/format';
import type { Relation } from '$lib/data/schema';
import { nameLines, reachOrder, type Reach } from './graph';
import { BOXES, FRAMES, LINE, NODE_R, textWidth, type FrameId } from './layout';
import type { NetEdge, NetworkModel } from './model';
import { perScene } from '../memo';

export interface NetworkScene {
  /** A short title of the scene (the chart's title). */
  title: string;
  /** 'all': the whole network at full strength; otherwise the nodes these reaches find in the ties. */
  highlight: 'all' | Reach[];
  /** A node whose ties are listed beside the chart. */
  focus?: string;
}

export interface NetworkSceneState {
  /** Node indices that stand out; the rest are faded. */
  nodes: Set<number>;
  /** Edge indices that stand out: both ends highlighted. */
  edges: Set<number>;
  focus: number | null;
}


/** The whole network at full strength (the overview). */
export const WHOLE: NetworkScene = { title: '', highlight: 'all' };

/** Nothing stands out: the phone's chart while a still picture stands in for it. */
export const RESTING: NetworkSceneState = Object.freeze({ nodes: new Set<number>(), edges: new Set<number>(), focus: null });

/** What stands out in a scene. The result is shared between callers: read it, do not change it. */
export const networkSceneState = perScene(function networkSceneState(model: NetworkModel, scene: NetworkScene): NetworkSceneState {
  const index = new Map(model.nodes.map((n, i) => [n.id, i]));
  let nodes: Set<number>;
  if (scene.highlight === 'all') nodes = new Set(model.nodes.map((_, i) => i));
  else {
    const links = model.edges.map((e) => ({ source: model.nodes[e.s]!.id, target: model.nodes[e.t]!.id, relation: e.r }));
    const ids = reachOrder(links, scene.highlight, new Set(index.keys()));
    nodes = new Set(ids.map((id) => index.get(id)!).filter((i) => i !== undefined));
  }
  const edges = new Set<number>();
  model.edges.forEach((e, i) => {
    if (nodes.has(e.s) && nodes.has(e.t)) edges.add(i);
  });
  const focus = scene.focus !== undefined ? (index.get(scene.focus) ?? null) : null;
  return { nodes, edges, focus };
});

/** The shortest band of rows a scene zooms to, in viewBox units. */
const MIN_BAND = 300;

export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The part of a frame a scene shows: the overview shows it all (block names only where names would
 * be too small); other scenes zoom to the band of rows holding the highlighted nodes, full width,
 * so names keep their size and the neighbouring blocks stay in view, faded.
 */
export function sceneViewBox(model: NetworkModel, frameId: FrameId, state: NetworkSceneState): ViewBox {
  const f = model.frames[frameId];
  const full = { x: 0, y: 0, w: f.w, h: f.h };
  if (state.nodes.size === 0 || state.nodes.size === model.nodes.length) return full;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const i of state.nodes) {
    const c = model.nodes[i]!.c;
    // From the block's header (its name) to below the node's label.
    y0 = Math.min(y0, f.boxes[4 * c + 1]!, f.xy[2 * i + 1]! - NODE_R - FRAMES[frameId].header);
    y1 = Math.max(y1, f.xy[2 * i + 1]! + NODE_R + 4 + model.nodes[i]!.lines.length * f.font * LINE);
  }
  y0 = Math.max(0, y0 - 6);
  y1 = Math.min(f.h, y1 + 10);
  // Never so short that the chart turns into a strip.
  const h = Math.max(Math.min(f.h, MIN_BAND), y1 - y0);
  const y = Math.max(0, Math.min(y0 - (h - (y1 - y0)) / 2, f.h - h));
  return { x: 0, y: Math.round(y), w: f.w, h: Math.round(h) };
}

/**
 * Which layout a screen draws a scene in. The whole-network overview always uses the wide layout:
 * its blocks fill a phone's box far better than one tall column; other scenes use the screen's own.
 */
export function layoutFor(screen: FrameId, scene: NetworkScene): FrameId {
  return scene.highlight === 'all' ? 'wide' : screen;
}

/**
 * Whether a screen shows the scene as a still picture in another layout than its interactive chart:
 * the phone's overview. Moving every node between the two layouts on a scene change is the costliest
 * thing the network could do on a phone, so both stay drawn and a step only changes which is shown.
 */
export function pictureFor(screen: FrameId, scene: NetworkScene): boolean {
  return layoutFor(screen, scene) !== screen;
}

/**
 * The view of a screen's own layout while a still picture stands in for it: the top band of the
 * frame at full width, the zoom of the scenes around it, so coming back moves the view without
 * rescaling it (a new scale lays out every name again).
 */
export function restingViewBox(model: NetworkModel, frameId: FrameId): ViewBox {
  const f = model.frames[frameId];
  return { x: 0, y: 0, w: f.w, h: Math.min(f.h, MIN_BAND) };
}

/**
 * How the chart shows a view box: the svg always holds its whole frame, and CSS sizes and moves it so
 * the view box fits the stage and sits in its middle, as a viewBox would. Container units measure the
 * stage, so the server's markup is right at any size. Moving to another band at the same scale changes
 * only the transform, which the compositor does alone; a new viewBox made the browser lay out and
 * repaint the whole chart. Plain numbers in one expression per property (no custom property), so a
 * change restyles the svg element alone.
 */
export function viewPlacement(frame: { w: number; h: number }, vb: ViewBox): { width: string; height: string; transform: string } {
  const u = `min(100cqw / ${vb.w}, 100cqh / ${vb.h})`;
  const cx = vb.x + vb.w / 2;
  const cy = vb.y + vb.h / 2;
  return {
    width: `calc(${u} * ${frame.w})`,
    height: `calc(${u} * ${frame.h})`,
    transform: `translate(calc(50cqw - ${u} * ${cx}), calc(50cqh - ${u} * ${cy}))`
  };
}

/** The CSS px a viewBox unit takes in the graphic's assumed box on a screen. */
export function renderScale(screen: FrameId, vb: ViewBox): number {
  const box = BOXES[screen];
  return Math.min(box.w / vb.w, box.h / vb.h);
}

/**
 * Whether a point at height y may show in a screen's box: the view box, plus what the box shows
 * above and below it when it is taller than the view box, with a margin for boxes taller than assumed.
 */
export function nearView(screen: FrameId, vb: ViewBox): (y: number) => boolean {
  const half = (BOXES[screen].h / renderScale(screen, vb) / 2) * 1.25 + 40;
  const cy = vb.y + vb.h / 2;
  return (y) => Math.abs(y - cy) <= half;
}

/** Names are drawn only where they come out at 11px or more; otherwise the blocks' names stand in. */
export function labelsReadable(screen: FrameId, vb: ViewBox, font: number): boolean {
  return font * renderScale(screen, vb) >= 11;
}

/** A tie drawn in a frame: its path, and the middle of the curve (where a "disputed" tag sits). */
export interface EdgePath {
  d: string;
  mx: number;
  my: number;
}

/** The ties' paths in a frame. They bow to one side so a tie along a row does not run through the names between its ends. */
export function edgePaths(model: NetworkModel, frameId: FrameId): EdgePath[] {
  const xy = model.frames[frameId].xy;
  return model.edges.map((e) => {
    const a = { x: xy[2 * e.s]!, y: xy[2 * e.s + 1]! };
    const b = { x: xy[2 * e.t]!, y: xy[2 * e.t + 1]! };
    const [p, q] = a.x < b.x || (a.x === b.x && a.y < b.y) ? [a, b] : [b, a];
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = Math.min(60, len * 0.22);
    const cx = (p.x + q.x) / 2 + (dy / len) * bend;
    const cy = (p.y + q.y) / 2 - (dx / len) * bend;
    return { d: `M${p.x} ${p.y}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${q.x} ${q.y}`, mx: (p.x + 2 * cx + q.x) / 4, my: (p.y + 2 * cy + q.y) / 4 };
  });
}

/** Block names are semibold: in a wide system face (DejaVu Sans) up to a quarter wider than textWidth's estimate. */
export const SEMIBOLD = 1.25;

/**
 * A block's name: at the names' size beside readable names; otherwise big enough to read on its own
 * at the given scale (two lines when that fits the block better), and never wider than its block.
 * x is where the text starts.
 */
export function blockHeader(model: NetworkModel, frameId: FrameId, c: number, names: boolean, scale: number) {
  const f = model.frames[frameId];
  const label = model.clusters[c]!.label;
  const x = f.boxes[4 * c]! + 6;
  const y = f.boxes[4 * c + 1]!;
  const room = f.boxes[4 * c + 2]! - 10;
  if (names) return { x, y: y + f.font, lines: [label], font: f.font };
  const want = 12 / scale;
  const lines = textWidth(label, want) * SEMIBOLD > room ? nameLines(label) : [label];
  const fit = Math.floor(Math.min(want, ...lines.map((l) => room / (textWidth(l, 1) * SEMIBOLD))) * 10) / 10;
  return { x, y: y + fit, lines, font: fit };
}

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
