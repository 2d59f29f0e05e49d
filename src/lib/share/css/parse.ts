// The page's stylesheet read for a renderer without at-rules: flattened for one screen (@media and @container
// kept when they match, @supports and @layer unwrapped, the rest dropped), then parsed into style rules. The
// one CSS reader of the share cards.

export interface Env {
  /** The viewport the card pretends to be, for min-/max-width queries. */
  width: number;
}

/** Evaluates a media query list for a light, motion-allowing screen of `env.width` px; unknown features are false. */
export function mediaMatches(query: string, env: Env): boolean {
  return query.split(',').some((part) => {
    const terms = part.trim().toLowerCase().split(/\s+and\s+/);
    return terms.every((t) => {
      t = t.trim();
      if (t === 'screen' || t === 'all' || t === 'only screen') return true;
      const f = /^\(\s*([a-z-]+)\s*(?::\s*([^)]+?))?\s*\)$/.exec(t);
      if (!f) return false;
      const [, name, value = ''] = f;
      const px = (v: string) => {
        const m = /^([\d.]+)(px|rem|em)$/.exec(v.trim());
        return m ? Number(m[1]) * (m[2] === 'px' ? 1 : 16) : NaN;
      };
      switch (name) {
        case 'min-width':
          return env.width >= px(value);
        case 'max-width':
          return env.width <= px(value);
        case 'prefers-color-scheme':
          return value === 'light';
        case 'prefers-reduced-motion':
          return value === 'no-preference';
        default:
          return false;
      }
    });
  });
}

/**
 * Flattens a stylesheet for a renderer without at-rules or custom properties: @media/@container blocks are kept
 * when they match `env` (their rules inlined), @supports/@layer are unwrapped, other at-rules are dropped.
 */
export function flattenCss(css: string, env: Env): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0) break;
    if (semi >= 0 && semi < open) {
      // @import / @charset: a statement, not a block.
      i = semi + 1;
      continue;
    }
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    const prelude = css.slice(at + 1, open).trim();
    const body = css.slice(open + 1, j - 1);
    const [kw, ...rest] = prelude.split(/\s+/);
    const cond = rest.join(' ');
    if (kw === 'media' && mediaMatches(cond, env)) out += flattenCss(body, env);
    else if (kw === 'container' && mediaMatches(cond.replace(/^[a-z-]+\s+(?=\()/i, ''), env)) out += flattenCss(body, env);
    else if (kw === 'supports' || kw === 'layer') out += flattenCss(body, env);
    i = j;
  }
  return out;
}


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
