// The page's CSS applied to a server-rendered <svg> as plain SVG a rasteriser reads: the cascade is computed here
// (selectors matched by the DOM, custom properties inherited from the wrapper the visual draws, var() resolved,
// the `font` shorthand expanded) and written onto each element. resvg reads style attributes and presentation
// attributes but knows no custom properties, no rem, no `font` shorthand, no CSS transforms and no
// non-scaling strokes, so those are converted. Works on any DOM (jsdom at build time and in unit tests).

export interface Decl {
  prop: string;
  value: string;
  important: boolean;
}
export interface CssRule {
  selectors: string[];
  decls: Decl[];
}

/** Splits on `sep` outside parentheses, brackets and quotes. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((p) => p.trim()).filter(Boolean);
}

/** `a: b; c: d !important` → declarations; custom property names keep their case. */
export function parseDecls(text: string): Decl[] {
  const decls: Decl[] = [];
  for (const part of splitTop(text, ';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    let prop = part.slice(0, colon).trim();
    if (!prop.startsWith('--')) prop = prop.toLowerCase();
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    decls.push({ prop, value, important });
  }
  return decls;
}

/** Style rules of a flattened stylesheet (no at-rules left; any that are, and their contents, are skipped). */
export function parseRules(css: string): CssRule[] {
  css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let quote = '';
    let j = open + 1;
    for (; j < css.length && depth; j++) {
      const c = css[j]!;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, j - 1);
    if (prelude && !prelude.startsWith('@') && !body.includes('{')) rules.push({ selectors: splitTop(prelude, ','), decls: parseDecls(body) });
    i = j;
  }
  return rules;
}

const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)\b/i;

/** Selector specificity [ids, classes/attributes/pseudo-classes, types]; :where() counts 0, :is/:not/:has their most specific argument. */
export function specificity(sel: string): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  let i = 0;
  const ident = () => {
    const m = /^-?[_a-zA-Z\u00a0-\uffff\\-][\w\u00a0-\uffff\\-]*/.exec(sel.slice(i));
    i += m ? m[0].length : 0;
    return m?.[0] ?? '';
  };
  while (i < sel.length) {
    const c = sel[i]!;
    if (c === '#') {
      i++;
      ident();
      s[0]++;
    } else if (c === '.') {
      i++;
      ident();
      s[1]++;
    } else if (c === '[') {
      const end = sel.indexOf(']', i);
      i = end < 0 ? sel.length : end + 1;
      s[1]++;
    } else if (c === ':') {
      i++;
      if (sel[i] === ':') {
        i++;
        ident();
        s[2]++;
        continue;
      }
      const name = ident().toLowerCase();
      if (sel[i] === '(') {
        let depth = 1;
        let j = i + 1;
        for (; j < sel.length && depth; j++) {
          if (sel[j] === '(') depth++;
          else if (sel[j] === ')') depth--;
        }
        const args = sel.slice(i + 1, j - 1);
        i = j;
        if (name === 'where') continue;
        if (name === 'is' || name === 'not' || name === 'has' || name === 'matches') {
          let best: [number, number, number] = [0, 0, 0];
          for (const a of splitTop(args, ',')) {
            const sp = specificity(a);
            if (sp[0] > best[0] || (sp[0] === best[0] && (sp[1] > best[1] || (sp[1] === best[1] && sp[2] > best[2])))) best = sp;
          }
          s[0] += best[0];
          s[1] += best[1];
          s[2] += best[2];
          continue;
        }
      }
      if (['before', 'after', 'first-line', 'first-letter'].includes(name)) s[2]++;
      else s[1]++;
    } else if (/[_a-zA-Z\u00a0-\uffff-]/.test(c)) {
      ident();
      s[2]++;
    } else i++;
  }
  return s;
}

/** Classes a selector needs outside any parentheses: if the document lacks one, the selector cannot match. */
function requiredClasses(sel: string): string[] {
  let flat = '';
  let depth = 0;
  for (const c of sel) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) flat += c;
  }
  return [...flat.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/**
 * Replaces every var(--x[, fallback]) in `text`, nested ones too, with `get(--x)` (itself resolved) or the fallback.
 * null when a variable has neither: the declaration is then invalid, as in a browser.
 */
export function substituteVars(text: string, get: (name: string) => string | undefined, depth = 0): string | null {
  if (depth > 16) return null;
  let out = '';
  let i = 0;
  for (;;) {
    const at = text.indexOf('var(', i);
    if (at < 0) return out + text.slice(i);
    out += text.slice(i, at);
    let level = 1;
    let j = at + 4;
    for (; j < text.length && level; j++) {
      if (text[j] === '(') level++;
      else if (text[j] === ')') level--;
    }
    const inner = text.slice(at + 4, j - 1);
    const comma = splitTop(inner, ',');
    const name = (comma[0] ?? '').trim();
    const fallbackAt = inner.indexOf(',');
    const raw = get(name);
    let value: string | null;
    if (raw !== undefined) value = substituteVars(raw, get, depth + 1);
    else if (fallbackAt >= 0 && /^\s*--[\w-]+\s*,/.test(inner)) value = substituteVars(inner.slice(fallbackAt + 1).trim(), get, depth + 1);
    else value = null;
    if (value === null) return null;
    out += value;
    i = j;
  }
}

const GENERIC_FONT_SIZE: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };

/** The `font` shorthand as longhands: [style] [variant] [weight] [stretch] size[/line-height] family. */
export function expandFont(value: string): Record<string, string> | null {
  const v = value.trim();
  if (/^(inherit|initial|unset|revert)$/i.test(v)) {
    return Object.fromEntries(['font-style', 'font-variant', 'font-weight', 'font-size', 'font-family'].map((p) => [p, v]));
  }
  const tokens = splitTop(v, ' ');
  const out: Record<string, string> = { 'font-style': 'normal', 'font-variant': 'normal', 'font-weight': 'normal' };
  let k = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    const size = /^([\d.]+(?:px|rem|em|%|pt|ex|ch)?|x*-?small|medium|x*-?large|larger|smaller)(?:\/.+)?$/i.exec(t);
    if (size && !/^\d+$/.test(t)) {
      out['font-size'] = size[1]!;
      break;
    }
    if (/^(italic|oblique)$/i.test(t)) out['font-style'] = t;
    else if (/^small-caps$/i.test(t)) out['font-variant'] = t;
    else if (/^(bold|bolder|lighter|\d{3})$/i.test(t)) out['font-weight'] = t;
    else if (!/^normal$/i.test(t) && !/condensed|expanded/i.test(t)) return null;
  }
  // A trailing "/ 1.3" written with spaces belongs to the size, not the family.
  let rest = tokens.slice(k + 1);
  if (rest[0]?.startsWith('/')) rest = rest[0] === '/' ? rest.slice(2) : rest.slice(1);
  if (!out['font-size'] || !rest.length) return null;
  out['font-family'] = rest.join(' ');
  return out;
}

/** Properties that inherit, among those an SVG renderer uses. */
const INHERITED = new Set([
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'text-anchor',
  'letter-spacing',
  'word-spacing',
  'paint-order',
  'visibility',
  'dominant-baseline',
  'text-rendering',
  'shape-rendering',
  'image-rendering',
  'clip-rule',
  'marker-start',
  'marker-mid',
  'marker-end',
  'direction',
  'writing-mode',
  'white-space'
]);
/** Properties written into the output: what SVG rendering reads. Layout, transitions and the like are dropped. */
const SVG_PROPS = new Set([
  ...INHERITED,
  'opacity',
  'display',
  'clip-path',
  'mask',
  'filter',
  'stop-color',
  'stop-opacity',
  'flood-color',
  'flood-opacity',
  'lighting-color',
  'mix-blend-mode',
  'isolation',
  'text-decoration',
  'baseline-shift',
  'alignment-baseline'
]);
/** Presentation attributes take part in the cascade below every style rule. */
const PRESENTATION = new Set([...SVG_PROPS, 'transform', 'vector-effect', 'transform-origin']);
/** Geometry properties (SVG 2) that CSS may set, and the elements they apply to; written back as attributes. */
const GEOMETRY: Record<string, string[]> = {
  circle: ['r', 'cx', 'cy'],
  ellipse: ['rx', 'ry', 'cx', 'cy'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry']
};

const num = (s: string) => Math.round(s.length ? Number(s) * 1000 : 0) / 1000;

/**
 * A CSS transform value as an SVG transform attribute (units dropped: px → user units, angles → degrees); null for
 * what SVG cannot say (percentages, 3D, calc()). `none` → ''.
 */
export function cssTransformToSvg(value: string): string | null {
  const v = value.trim();
  if (v === 'none' || v === '') return '';
  const parts: string[] = [];
  const re = /([a-zA-Z0-9]+)\(([^()]*)\)/g;
  let consumed = '';
  for (const m of v.matchAll(re)) {
    consumed += m[0];
    const fn = m[1]!.toLowerCase();
    const args = m[2]!.split(/\s*,\s*|\s+/).filter(Boolean);
    const len = (a: string | undefined) => {
      if (a === undefined) return 0;
      const x = /^(-?[\d.]+(?:e-?\d+)?)(px)?$/i.exec(a);
      return x ? num(x[1]!) : NaN;
    };
    const ang = (a: string | undefined) => {
      const x = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|turn|grad)?$/i.exec(a ?? '');
      if (!x) return NaN;
      const n = Number(x[1]);
      const f = { deg: 1, rad: 180 / Math.PI, turn: 360, grad: 0.9 }[(x[2] ?? 'deg').toLowerCase() as 'deg'];
      return num(String(n * f));
    };
    const plain = (a: string | undefined) => (a === undefined ? NaN : /^-?[\d.]+(?:e-?\d+)?$/.test(a) ? num(a) : NaN);
    let out: number[];
    let name = fn;
    switch (fn) {
      case 'translate':
        out = [len(args[0]), len(args[1] ?? '0')];
        break;
      case 'translatex':
        name = 'translate';
        out = [len(args[0]), 0];
        break;
      case 'translatey':
        name = 'translate';
        out = [0, len(args[0])];
        break;
      case 'scale':
        out = [plain(args[0]), plain(args[1] ?? args[0])];
        break;
      case 'scalex':
        name = 'scale';
        out = [plain(args[0]), 1];
        break;
      case 'scaley':
        name = 'scale';
        out = [1, plain(args[0])];
        break;
      case 'rotate':
        out = [ang(args[0])];
        break;
      case 'skewx':
        name = 'skewX';
        out = [ang(args[0])];
        break;
      case 'skewy':
        name = 'skewY';
        out = [ang(args[0])];
        break;
      case 'matrix':
        out = args.map(plain);
        if (out.length !== 6) return null;
        break;
      default:
        return null;
    }
    if (out.some((n) => !Number.isFinite(n))) return null;
    parts.push(`${name}(${out.join(' ')})`);
  }
  if (v.replace(/\s+/g, '') !== consumed.replace(/\s+/g, '')) return null;
  return parts.join(' ');
}

/** The area scale of an SVG transform attribute (√|det|), to keep non-scaling strokes their width. */
export function transformScale(transform: string | null): number {
  if (!transform) return 1;
  let det = 1;
  for (const m of transform.matchAll(/(matrix|scale|translate|rotate|skewX|skewY)\s*\(([^)]*)\)/g)) {
    const a = m[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (m[1] === 'scale') det *= a[0]! * (a[1] ?? a[0]!);
    else if (m[1] === 'matrix') det *= a[0]! * a[3]! - a[1]! * a[2]!;
  }
  const s = Math.sqrt(Math.abs(det));
  return Number.isFinite(s) && s > 0 ? s : 1;
}

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

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

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
