// Selectors: their specificity, and the classes one needs (to skip a rule the document cannot match).
import { splitTop } from './parse';

export const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)\b/i;

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
export function requiredClasses(sel: string): string[] {
  let flat = '';
  let depth = 0;
  for (const c of sel) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) flat += c;
  }
  return [...flat.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}
