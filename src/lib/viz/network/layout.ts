// The network's layout, computed at build time: family clusters as blocks of a grid, labels placed
// without collisions. Pure and deterministic: the same clusters give the same coordinates.
//
// Why a grid of clusters rather than a force simulation: on a 390px phone a force layout of 75
// nodes is a hairball whose labels collide wherever the simulation happens to settle; a grid gives
// every name its own cell, keeps each family together, and lets a scene zoom to one block.

export interface LayoutNode {
  id: string;
  kind: 'person' | 'org';
  lines: string[];
}

export interface LayoutCluster {
  label: string;
  nodes: LayoutNode[];
}

export interface FrameSpec {
  /** viewBox width. */
  width: number;
  /** Columns of cluster blocks (masonry). */
  columns: number;
  /** Node cells across one block. */
  cells: number;
  cellW: number;
  cellH: number;
  /** Label font size in viewBox units. */
  font: number;
  header: number;
  gap: number;
}

/** Phones draw one column of blocks, wide screens three; a scene zooms to the rows of its blocks. */
export const FRAMES = {
  narrow: { width: 390, columns: 1, cells: 3, cellW: 130, cellH: 56, font: 12.5, header: 26, gap: 14 },
  wide: { width: 1000, columns: 3, cells: 2, cellW: 166, cellH: 57, font: 14, header: 28, gap: 14 }
} satisfies Record<string, FrameSpec>;
export type FrameId = keyof typeof FRAMES;

/** Where the graphic's box is assumed to be in CSS px (sticky figure minus stepper and padding). */
export const BOXES: Record<FrameId, { viewport: number; w: number; h: number }> = {
  narrow: { viewport: 390, w: 374, h: 640 },
  wide: { viewport: 1440, w: 829, h: 720 }
};

export const NODE_R = 9;
export const ORG_HALF = 9;
export const LINE = 1.2;

/** A conservative estimate of text width in a system sans-serif (wider than most fonts draw it). */
export function textWidth(s: string, font: number): number {
  let w = 0;
  for (const ch of s) {
    if (/[iljtfrI.,'’:;!|·\s]/.test(ch)) w += 0.32;
    else if (/[mwMW]/.test(ch)) w += 0.9;
    else if (/[A-ZÁÉÍÓÚÑ0-9]/.test(ch)) w += 0.7;
    else w += 0.57;
  }
  return w * font;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** Label positions around the node; the last two hang below it to one side, for nodes near an edge or a wide name. */
export const PLACEMENTS = ['below', 'above', 'right', 'left', 'below-start', 'below-end'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export function labelSize(lines: readonly string[], font: number): { w: number; h: number } {
  return { w: Math.max(...lines.map((l) => textWidth(l, font))), h: lines.length * font * LINE };
}

/** Where a node's label sits for each placement, in one place for the layout (its box) and the component (its text):
 * the anchor's offset from the node, the text-anchor, and whether the lines hang below the anchor, sit above it or
 * are centred on it. */
const LABEL_AT: Record<Placement, { x: number; y: number; anchor: 'start' | 'middle' | 'end'; v: 'below' | 'above' | 'centre' }> = {
  below: { x: 0, y: NODE_R + 2, anchor: 'middle', v: 'below' },
  above: { x: 0, y: -(NODE_R + 2), anchor: 'middle', v: 'above' },
  right: { x: NODE_R + 4, y: 0, anchor: 'start', v: 'centre' },
  left: { x: -(NODE_R + 4), y: 0, anchor: 'end', v: 'centre' },
  'below-start': { x: -NODE_R, y: NODE_R + 2, anchor: 'start', v: 'below' },
  'below-end': { x: NODE_R, y: NODE_R + 2, anchor: 'end', v: 'below' }
};

export function labelBox(x: number, y: number, size: { w: number; h: number }, placement: number): Box {
  const g = LABEL_AT[PLACEMENTS[placement] ?? 'below'];
  const left = g.anchor === 'middle' ? size.w / 2 : g.anchor === 'end' ? size.w : 0;
  const up = g.v === 'above' ? size.h : g.v === 'centre' ? size.h / 2 : 0;
  return { x: x + g.x - left, y: y + g.y - up, w: size.w, h: size.h };
}

/**
 * A label as the component draws it, relative to its node: the anchor, the text-anchor and the first line's dy in
 * em (the labels' font size is set once on their layer, so a scene change only moves them).
 */
export function labelAnchor(lines: number, placement: number): { x: number; y: number; dy: string; anchor: 'start' | 'middle' | 'end' } {
  const g = LABEL_AT[PLACEMENTS[placement] ?? 'below'];
  const em = (v: number) => `${Math.round(v * 100) / 100}em`;
  const dy = g.v === 'above' ? em(0.9 - LINE * lines) : g.v === 'centre' ? em(0.9 - (LINE * lines) / 2) : '0.9em';
  return { x: g.x, y: g.y, dy, anchor: g.anchor };
}

export function nodeBox(x: number, y: number): Box {
  return { x: x - NODE_R, y: y - NODE_R, w: 2 * NODE_R, h: 2 * NODE_R };
}

/**
 * Greedy label placement in node order: the first position that hits no node, no placed label and
 * stays inside the frame; failing all, the one with the least overlap. Pure: returns placement codes.
 */
export function placeLabels(
  points: readonly { x: number; y: number; lines: readonly string[] }[],
  font: number,
  bounds: Box,
  obstacles: readonly Box[] = []
): number[] {
  const nodes = points.map((p) => nodeBox(p.x, p.y));
  const placed: Box[] = [];
  const out: number[] = [];
  points.forEach((p, i) => {
    const size = labelSize(p.lines, font);
    let best = 0;
    let bestCost = Infinity;
    for (let k = 0; k < PLACEMENTS.length; k++) {
      const b = labelBox(p.x, p.y, size, k);
      let cost = 0;
      for (const o of placed) if (overlaps(b, o, 1)) cost += area(b, o);
      nodes.forEach((n, j) => {
        if (j !== i && overlaps(b, n, 1)) cost += area(b, n);
      });
      for (const o of obstacles) if (overlaps(b, o, 1)) cost += area(b, o);
      const outside = Math.max(0, bounds.x - b.x) + Math.max(0, b.x + b.w - bounds.x - bounds.w);
      cost += outside * b.h;
      // Prefer the earlier placement on ties: below reads best under a grid of names.
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = k;
      }
      if (cost === 0) break;
    }
    out.push(best);
    placed.push(labelBox(p.x, p.y, size, best));
  });
  return out;
}

function area(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return Math.max(1, w) * Math.max(1, h);
}

export interface Frame {
  w: number;
  h: number;
  font: number;
  /** Node centres, x0, y0, x1, y1, … (1 decimal). */
  xy: number[];
  /** Label placement code per node (index into PLACEMENTS). */
  lab: number[];
  /** Cluster blocks, x, y, w, h per cluster. */
  boxes: number[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Lays clusters out as blocks of cells, blocks in masonry columns, in cluster order. */
export function layoutFrame(clusters: readonly LayoutCluster[], spec: FrameSpec): Frame {
  const colW = spec.width / spec.columns;
  const heights = new Array<number>(spec.columns).fill(spec.gap / 2);
  const xy: number[] = [];
  const boxes: number[] = [];
  for (const c of clusters) {
    const cells = Math.max(1, Math.min(spec.cells, Math.floor(colW / spec.cellW)));
    const rows = Math.ceil(c.nodes.length / cells);
    const h = spec.header + rows * spec.cellH;
    let col = 0;
    for (let k = 1; k < spec.columns; k++) if (heights[k]! < heights[col]! - 0.5) col = k;
    const x0 = col * colW;
    const y0 = heights[col]!;
    const inset = (colW - cells * spec.cellW) / 2;
    c.nodes.forEach((_, i) => {
      const row = Math.floor(i / cells);
      const cell = i % cells;
      // The last row of a block is centred, so a lone node does not sit in a corner.
      const inRow = row === rows - 1 ? c.nodes.length - row * cells : cells;
      const shift = ((cells - inRow) * spec.cellW) / 2;
      xy.push(r1(x0 + inset + shift + (cell + 0.5) * spec.cellW), r1(y0 + spec.header + row * spec.cellH + NODE_R + 4));
    });
    boxes.push(r1(x0 + 4), r1(y0), r1(colW - 8), r1(h));
    heights[col] = y0 + h + spec.gap;
  }
  const height = Math.max(...heights);
  const points = clusters.flatMap((c) => c.nodes).map((n, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]!, lines: n.lines }));
  const headers = clusters.map((c, i) => clusterHeaderBox(boxes, i, c.label, spec.font));
  const lab = placeLabels(points, spec.font, { x: 0, y: 0, w: spec.width, h: height }, headers);
  return { w: spec.width, h: r1(height), font: spec.font, xy, lab, boxes };
}

/** Where a cluster's name sits: the top-left of its block. */
export function clusterHeaderBox(boxes: readonly number[], i: number, label: string, font: number): Box {
  return { x: boxes[4 * i]! + 2, y: boxes[4 * i + 1]! + 4, w: textWidth(label, font), h: font * LINE };
}
