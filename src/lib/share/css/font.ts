// Font sizes and lengths as px, and the `font` shorthand as longhands (resvg reads neither rem nor `font`).
import { splitTop } from './parse';

/** A number as CSS writes it: at most three decimals. */
export const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

export const GENERIC_FONT_SIZE: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };

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
