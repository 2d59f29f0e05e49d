// The page's CSS applied to a server-rendered <svg> as plain SVG a rasteriser reads: the cascade is computed here
// (selectors matched by the DOM, custom properties inherited from the wrapper the visual draws, var() resolved,
// the `font` shorthand expanded) and written onto each element. resvg reads style attributes and presentation
// attributes but knows no custom properties, no rem, no `font` shorthand, no CSS transforms and no
// non-scaling strokes, so those are converted. Works on any DOM (jsdom at build time and in unit tests).
// The pieces are in css/: parse, selectors, vars, font, properties, transform; pruning is prune.ts.
import { GENERIC_FONT_SIZE, expandFont, fmt } from './css/font';
import { parseDecls, parseRules, type CssRule, type Decl } from './css/parse';
import { GEOMETRY, INHERITED, PRESENTATION, SVG_PROPS } from './css/properties';
import { PSEUDO_ELEMENT, requiredClasses, specificity } from './css/selectors';
import { cssTransformToSvg, transformScale } from './css/transform';
import { substituteVars } from './css/vars';

interface Computed {
  vars: Map<string, string>;
  props: Map<string, string>;
  /** Accumulated scale of transforms from the root <svg> down, for non-scaling strokes. */
  scale: number;
}

interface Entry {
  decl: Decl;
  /** 0 presentation attribute, 1 style rule, 2 style attribute; !important adds 3. */
  tier: number;
  spec: [number, number, number];
  order: number;
}

function compareEntries(a: Entry, b: Entry): number {
  return a.tier - b.tier || a.spec[0] - b.spec[0] || a.spec[1] - b.spec[1] || a.spec[2] - b.spec[2] || a.order - b.order;
}

export interface InlineOptions {
  /** px per rem (the root font size); 16 unless the page says otherwise. */
  rem?: number;
}


/** Lengths in rem and em as px: rem from the root, em from `em` (the font size that applies). */
function absoluteLengths(value: string, em: number, rem: number): string {
  return value
    .replace(/(-?(?:\d+\.?\d*|\.\d+))rem\b/g, (_m, n: string) => `${fmt(Number(n) * rem)}px`)
    .replace(/(-?(?:\d+\.?\d*|\.\d+))em\b/g, (_m, n: string) => `${fmt(Number(n) * em)}px`);
}

function fontSizePx(value: string, parent: number, rem: number): number | null {
  const m = /^(-?[\d.]+)(px|rem|em|%|pt)?$/.exec(value.trim());
  if (m) {
    const n = Number(m[1]);
    return { px: n, '': n, rem: n * rem, em: n * parent, '%': (n * parent) / 100, pt: (n * 4) / 3 }[m[2] ?? ''] ?? null;
  }
  if (value in GENERIC_FONT_SIZE) return GENERIC_FONT_SIZE[value]!;
  if (value === 'larger') return parent * 1.2;
  if (value === 'smaller') return parent / 1.2;
  return null;
}

/**
 * Applies `css` (flattened: no at-rules) to `svg` and its descendants the way the page does, in place: each
 * element's cascaded SVG properties are written to its style attribute with var(), rem, em, currentColor and
 * `inherit` resolved; var() in presentation attributes is resolved too; CSS transforms become transform
 * attributes; non-scaling strokes are divided by the scale they sit under; what the root <svg> inherits from the
 * HTML around it (colour, font) is written on it. Hover/focus rules and pseudo-elements match nothing.
 */
export function inlineSvgStyles(svg: Element, css: string | CssRule[], opts: InlineOptions = {}): void {
  const rem = opts.rem ?? 16;
  const doc = svg.ownerDocument;
  const rules = typeof css === 'string' ? parseRules(css) : css;

  const chain: Element[] = [];
  for (let e = svg.parentElement; e; e = e.parentElement) chain.unshift(e);
  const subtree = [svg, ...svg.querySelectorAll('*')];
  const relevant = new Set<Element>([...chain, ...subtree]);
  const classes = new Set<string>();
  for (const el of relevant) for (const c of el.classList) classes.add(c);

  const matched = new Map<Element, Entry[]>();
  let order = 0;
  for (const rule of rules) {
    order++;
    for (const sel of rule.selectors) {
      if (PSEUDO_ELEMENT.test(sel) || !requiredClasses(sel).every((c) => classes.has(c))) continue;
      let els: NodeListOf<Element>;
      try {
        els = doc.querySelectorAll(sel);
      } catch {
        continue; // a selector this DOM cannot parse: the page would not apply it to an SVG either
      }
      if (!els.length) continue;
      const spec = specificity(sel);
      for (const el of els) {
        if (!relevant.has(el)) continue;
        let list = matched.get(el);
        if (!list) matched.set(el, (list = []));
        for (const decl of rule.decls) list.push({ decl, tier: decl.important ? 4 : 1, spec, order });
      }
    }
  }

  const root: Computed = { vars: new Map(), props: new Map([['font-size', '16px']]), scale: 1 };

  const compute = (el: Element, parent: Computed, inSvg: boolean): Computed => {
    const entries: Entry[] = [...(matched.get(el) ?? [])];
    if (inSvg) {
      for (const a of el.attributes) {
        if (PRESENTATION.has(a.name)) entries.push({ decl: { prop: a.name, value: a.value, important: false }, tier: 0, spec: [0, 0, 0], order: 0 });
      }
    }
    for (const decl of parseDecls(el.getAttribute('style') ?? '')) entries.push({ decl, tier: decl.important ? 5 : 2, spec: [0, 0, 0], order: 0 });
    entries.sort(compareEntries);

    // Custom properties first: they inherit, and the other values read them on this element.
    const vars = new Map(parent.vars);
    const own = new Map<string, string>();
    for (const { decl } of entries) if (decl.prop.startsWith('--')) own.set(decl.prop, decl.value);
    for (const [name, value] of own) vars.set(name, value);
    for (const name of own.keys()) {
      const v = substituteVars(vars.get(name)!, (n) => (n === name ? undefined : vars.get(n)));
      if (v === null) vars.delete(name);
      else vars.set(name, v);
    }

    // The cascade, in order: later entries win. `fromCss` remembers what a style rule or attribute set.
    const declared = new Map<string, { value: string; fromCss: boolean }>();
    for (const { decl, tier } of entries) {
      if (decl.prop.startsWith('--')) continue;
      const value = substituteVars(decl.value, (n) => vars.get(n)) ?? 'unset';
      const fromCss = tier > 0;
      if (decl.prop === 'font') {
        const longhands = expandFont(value);
        if (longhands) for (const [p, v] of Object.entries(longhands)) declared.set(p, { value: v, fromCss });
      } else declared.set(decl.prop, { value, fromCss });
    }

    const props = new Map<string, string>();
    for (const [k, v] of parent.props) if (INHERITED.has(k)) props.set(k, v);
    const parentSize = parseFloat(parent.props.get('font-size') ?? '16') || 16;
    const keyword = (k: string, v: string): string | undefined => {
      const w = v.trim().toLowerCase();
      if (w === 'inherit' || ((w === 'unset' || w === 'revert') && INHERITED.has(k))) return parent.props.get(k);
      if (w === 'initial' || w === 'unset' || w === 'revert') return undefined;
      return v;
    };
    const fs = declared.get('font-size');
    if (fs) {
      const v = keyword('font-size', fs.value);
      const px = v === undefined ? null : fontSizePx(absoluteLengths(v, parentSize, rem).replace(/px$/, ''), parentSize, rem);
      props.set('font-size', `${fmt(px ?? parentSize)}px`);
    }
    const size = parseFloat(props.get('font-size') ?? '16') || 16;
    const colour = declared.get('color');
    if (colour) {
      const v = keyword('color', colour.value);
      if (v === undefined || /^currentcolor$/i.test(v)) {
        if (parent.props.has('color')) props.set('color', parent.props.get('color')!);
        else props.delete('color');
      } else props.set('color', v);
    }
    for (const [k, { value }] of declared) {
      if (k === 'font-size' || k === 'color') continue;
      const v = keyword(k, value);
      if (v === undefined) {
        props.delete(k);
        continue;
      }
      props.set(k, absoluteLengths(v, size, rem).replace(/currentcolor/gi, props.get('color') ?? 'black'));
    }

    let scale = parent.scale;
    if (inSvg) {
      // A CSS transform (style rule or style attribute) replaces the attribute, as in a browser.
      const t = declared.get('transform');
      if (t?.fromCss) {
        let svgT = cssTransformToSvg(props.get('transform') ?? 'none');
        const origin = (props.get('transform-origin') ?? '').split(/\s+/).filter(Boolean);
        if (svgT && origin.length) {
          const [ox, oy] = origin.map((o) => (/^-?[\d.]+(px)?$/.test(o) ? parseFloat(o) : o === 'left' || o === 'top' ? 0 : NaN));
          if (Number.isFinite(ox) && Number.isFinite(oy ?? 0) && (ox || oy))
            svgT = `translate(${fmt(ox!)} ${fmt(oy ?? 0)}) ${svgT} translate(${fmt(-ox!)} ${fmt(-(oy ?? 0))})`;
        }
        if (svgT) el.setAttribute('transform', svgT);
        else if (svgT === '') el.removeAttribute('transform');
        // Unconvertible (percentages, 3D): the attribute, if any, stays.
      }
      scale *= transformScale(el.getAttribute('transform'));

      const style: string[] = [];
      for (const [k, { fromCss }] of declared) {
        if (!SVG_PROPS.has(k)) continue;
        const v = props.get(k);
        if (fromCss && v !== undefined) style.push(`${k}:${v}`);
        else if (!fromCss && el.hasAttribute(k)) {
          // A presentation attribute: keep it, with its var()/currentColor/em resolved.
          if (v === undefined) el.removeAttribute(k);
          else if (v !== el.getAttribute(k)) el.setAttribute(k, v);
        }
      }
      if (el === svg) {
        // What the HTML around the chart passes down (the wrapper's font and colour).
        for (const [k, v] of props) if (INHERITED.has(k) && !declared.has(k)) style.push(`${k}:${v}`);
      }
      if ((props.get('vector-effect') ?? '').trim() === 'non-scaling-stroke' && declared.has('vector-effect')) {
        if (scale !== 1) {
          const w = parseFloat(props.get('stroke-width') ?? '1');
          const dash = props.get('stroke-dasharray');
          const drop = new Set(['stroke-width', 'stroke-dasharray']);
          for (let i = style.length - 1; i >= 0; i--) if (drop.has(style[i]!.split(':')[0]!)) style.splice(i, 1);
          style.push(`stroke-width:${fmt((Number.isFinite(w) ? w : 1) / scale)}`);
          if (dash && dash !== 'none') {
            style.push(`stroke-dasharray:${dash.split(/[\s,]+/).map((d) => fmt(parseFloat(d) / scale)).join(' ')}`);
          }
        }
        el.removeAttribute('vector-effect');
      }
      const geometry = GEOMETRY[el.localName] ?? [];
      for (const g of geometry) {
        const d = declared.get(g);
        const v = props.get(g);
        if (d?.fromCss && v !== undefined) el.setAttribute(g, v.replace(/px$/, ''));
      }
      if (style.length) el.setAttribute('style', style.join(';'));
      else el.removeAttribute('style');
    }
    return { vars, props, scale };
  };

  let computed = root;
  for (const el of chain) computed = compute(el, computed, false);
  const walk = (el: Element, parent: Computed) => {
    const c = compute(el, parent, true);
    for (const child of el.children) walk(child, c);
  };
  walk(svg, computed);
}
