// Custom properties: var() substitution (the one resolver, nested ones and fallbacks too) and the :root values.
import { parseRules, splitTop } from './parse';

/**
 * Replaces every var(--x[, fallback]) in `text`, nested ones too, with `get(--x)` (itself resolved) or the fallback.
 * null when a variable has neither: the declaration is then invalid, as in a browser; with `missing`, that
 * variable alone is replaced by it instead.
 */
export function substituteVars(text: string, get: (name: string) => string | undefined, depth = 0, missing: string | null = null): string | null {
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
    if (raw !== undefined) value = substituteVars(raw, get, depth + 1, missing);
    else if (fallbackAt >= 0 && /^\s*--[\w-]+\s*,/.test(inner)) value = substituteVars(inner.slice(fallbackAt + 1).trim(), get, depth + 1, missing);
    else value = missing;
    if (value === null) return null;
    out += value;
    i = j;
  }
}

/** Custom properties declared on :root (or html) in flattened CSS; later declarations win, as in the cascade. */
export function rootVars(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rule of parseRules(css)) {
    if (!rule.selectors.some((s) => s === ':root' || s === 'html')) continue;
    for (const d of rule.decls) if (d.prop.startsWith('--')) vars.set(d.prop, d.value);
  }
  return vars;
}

/** var(--x) and var(--x, fallback) replaced with values, nested ones too; an unknown one without fallback → `initial`. */
export function resolveVars(text: string, vars: Map<string, string>): string {
  return substituteVars(text, (name) => vars.get(name), 0, 'initial') ?? text;
}
