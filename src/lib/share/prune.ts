// What the rasteriser should not see: hidden and transparent elements pruned, group opacity folded into
// fill and stroke opacity (resvg aborts on a dimmed group lying wholly off the canvas).
import { fmt } from './css/font';
import { parseDecls } from './css/parse';

/** Referenced resources: used whatever their own display or opacity says. */
const PAINT_SERVERS = new Set(['defs', 'pattern', 'marker', 'clipPath', 'mask', 'symbol', 'linearGradient', 'radialGradient', 'filter']);

/**
 * Drops what a picture does not need after inlining: comments (Svelte's hydration markers), <title>/<desc>, and
 * subtrees hidden with display:none (a visual may draw one layout per width class and hide the others).
 */
export function pruneSvg(svg: Element): void {
  const doc = svg.ownerDocument;
  const walker = doc.createTreeWalker(svg, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
  const hidden = (el: Element) =>
    el.getAttribute('display') === 'none' || /(?:^|;)\s*display\s*:\s*none\s*(?:;|$)/.test(el.getAttribute('style') ?? '');
  for (const el of [...svg.querySelectorAll('*')]) {
    if (!el.isConnected) continue;
    if (el.localName === 'title' || el.localName === 'desc' || (hidden(el) && !PAINT_SERVERS.has(el.localName))) el.remove();
  }
}

/** Sets (or, with null, removes) one declaration in an element's style attribute. */
function setStyle(el: Element, prop: string, value: string | null): void {
  const decls = parseDecls(el.getAttribute('style') ?? '').filter((d) => d.prop !== prop);
  if (value !== null) decls.push({ prop, value, important: false });
  if (decls.length) el.setAttribute('style', decls.map((d) => `${d.prop}:${d.value}`).join(';'));
  else el.removeAttribute('style');
}

/** An element's own value of `prop`: its style attribute over its presentation attribute. */
function own(el: Element, prop: string): string | undefined {
  const d = parseDecls(el.getAttribute('style') ?? '').findLast((x) => x.prop === prop);
  return d?.value ?? el.getAttribute(prop) ?? undefined;
}

/**
 * Folds `opacity` into fill-opacity and stroke-opacity down the tree, so nothing needs a compositing layer. resvg
 * 2.6 aborts the whole process on a layer that lies wholly beyond the right or bottom edge of the canvas (a dimmed
 * node of a zoomed-in scene); this is the fallback the card uses when that happens. Where a group's children
 * overlap, they now show through each other a little: a small change in a thumbnail.
 */
export function foldOpacity(svg: Element): void {
  const num = (v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = v.trim().endsWith('%') ? parseFloat(v) / 100 : parseFloat(v);
    return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : undefined;
  };
  const walk = (el: Element, k: number, fill: number, stroke: number) => {
    if (PAINT_SERVERS.has(el.localName)) return;
    const op = num(own(el, 'opacity')) ?? 1;
    if (el.hasAttribute('opacity')) el.removeAttribute('opacity');
    setStyle(el, 'opacity', null);
    const k2 = k * op;
    const ownFill = num(own(el, 'fill-opacity'));
    const ownStroke = num(own(el, 'stroke-opacity'));
    const f = ownFill ?? fill;
    const s = ownStroke ?? stroke;
    if (k2 !== 1 && (ownFill !== undefined || op !== 1)) setStyle(el, 'fill-opacity', fmt(f * k2));
    if (k2 !== 1 && (ownStroke !== undefined || op !== 1)) setStyle(el, 'stroke-opacity', fmt(s * k2));
    for (const child of el.children) walk(child, k2, f, s);
  };
  walk(svg, 1, 1, 1);
}
