// Where a network scene is seen from: the band of the frame a scene zooms to, which layout a screen draws
// it in, how the chart is placed in its box, and the geometry of the block names and the ties.
import { nameLines } from './graph';
import type { NetworkScene } from './descriptor';
import { BOXES, FRAMES, LINE, NODE_R, textWidth, type FrameId } from './layout';
import type { NetworkModel } from './model';
import type { NetworkSceneState } from './state';

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

