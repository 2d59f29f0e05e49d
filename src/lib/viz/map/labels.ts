// Label layout: a pure function of the points, the zoom and the rendered width, so labels keep one
// readable size on every screen and never overlap. Runs on the server (default width) and in the browser.
import { H, W, type Zoom } from './frame';
import { byCodePoint } from '../order';

export const LABEL_PX = 12;
/** Average advance of a system sans-serif glyph, as a share of the font size (generous, so boxes over-cover). */
const CHAR_W = 0.6;

export interface LabelInput {
  id: string;
  /** Drawing units before zoom. */
  x: number;
  y: number;
  text: string;
  /** Radius of the mark in screen units (after zoom), to keep the label clear of it. */
  r: number;
  /** Higher goes first. */
  priority: number;
}

export interface Label {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  text: string;
  /** Font size in drawing units. */
  size: number;
  box: Box;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

/** The map's rendered width in CSS px for a viewport width, following Story.svelte's layout. */
export function mapWidthFor(viewport: number): number {
  const inner = viewport >= 900 ? ((viewport - 32) * 3) / 5 : viewport;
  return Math.round(inner - 16);
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Places each label beside its point (right, left, above, below), highest priority first, skipping a
 * label when no spot is free of other labels, marks and the frame's edges. Returns the placed labels.
 */
export function layoutLabels(items: LabelInput[], zoom: Zoom, widthPx: number): Label[] {
  const unit = W / Math.max(1, widthPx); // drawing units per CSS px
  const size = LABEL_PX * unit;
  const gap = 3 * unit;
  const [k, tx, ty] = zoom;
  const pts = items.map((it) => ({ ...it, sx: it.x * k + tx, sy: it.y * k + ty }));
  const marks: Box[] = pts.map((p) => [p.sx - p.r, p.sy - p.r, p.sx + p.r, p.sy + p.r]);
  const placed: Label[] = [];
  const order = [...pts].sort((a, b) => b.priority - a.priority || byCodePoint(a.id, b.id));
  for (const p of order) {
    if (p.sx < 0 || p.sx > W || p.sy < 0 || p.sy > H) continue;
    const w = p.text.length * CHAR_W * size;
    const h = size * 1.2;
    const d = p.r + gap;
    const candidates: { x: number; y: number; anchor: Label['anchor']; box: Box }[] = [
      { x: p.sx + d, y: p.sy + size * 0.35, anchor: 'start', box: [p.sx + d, p.sy - h / 2, p.sx + d + w, p.sy + h / 2] },
      { x: p.sx - d, y: p.sy + size * 0.35, anchor: 'end', box: [p.sx - d - w, p.sy - h / 2, p.sx - d, p.sy + h / 2] },
      { x: p.sx, y: p.sy - d - size * 0.25, anchor: 'middle', box: [p.sx - w / 2, p.sy - d - h, p.sx + w / 2, p.sy - d] },
      { x: p.sx, y: p.sy + d + size * 0.95, anchor: 'middle', box: [p.sx - w / 2, p.sy + d, p.sx + w / 2, p.sy + d + h] }
    ];
    const ok = candidates.find(
      (c) =>
        c.box[0] >= 0 &&
        c.box[1] >= 0 &&
        c.box[2] <= W &&
        c.box[3] <= H &&
        !placed.some((l) => overlaps(l.box, c.box)) &&
        !marks.some((m) => overlaps(m, c.box))
    );
    if (ok) placed.push({ id: p.id, x: round(ok.x), y: round(ok.y), anchor: ok.anchor, text: p.text, size: round(size), box: ok.box });
  }
  return placed;
}

const round = (n: number) => Math.round(n * 10) / 10;
