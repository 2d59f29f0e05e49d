// Pure graph rules of the network: how a relation is drawn, and which nodes a scene reaches through the ties.
import type { Relation } from '$lib/data/schema';
import type { Reach } from './descriptor';

export const FAMILY: Relation[] = ['sibling', 'spouse', 'in-law', 'parent-child', 'extended-family'];
export const CLOSE_FAMILY: Relation[] = ['sibling', 'spouse', 'in-law', 'parent-child'];
export const ORGANIZATIONAL: Relation[] = ['member', 'leader', 'associate', 'faction-of', 'splinter-of'];

/** The five ways an edge looks; the legend names each. */
export type EdgeStyle = 'family' | 'extended' | 'org' | 'ally' | 'rival';

export function edgeStyle(r: Relation): EdgeStyle {
  if (r === 'extended-family') return 'extended';
  if (FAMILY.includes(r)) return 'family';
  if (r === 'ally') return 'ally';
  if (r === 'rival') return 'rival';
  return 'org';
}

export type { Reach };

export interface Link {
  source: string;
  target: string;
  relation: Relation;
}

/** Breadth-first, neighbours in id order, so the order is the same whatever order the ties come in. */
export function reachOrder(links: readonly Link[], reaches: readonly Reach[], known?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of reaches) {
    if (known && !known.has(r.from)) continue;
    const via = new Set(r.via ?? []);
    const depth = r.via?.length ? (r.depth ?? 1) : 0;
    let frontier = [r.from];
    if (!seen.has(r.from)) {
      seen.add(r.from);
      out.push(r.from);
    }
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        const nb = links
          .filter((l) => via.has(l.relation) && (l.source === n || l.target === n))
          .map((l) => (l.source === n ? l.target : l.source))
          .sort();
        for (const m of nb) {
          if (seen.has(m)) continue;
          seen.add(m);
          out.push(m);
          next.push(m);
        }
      }
      frontier = next;
    }
  }
  return out;
}

/** Splits a name into at most two lines of similar length (given names / surnames, as it falls). */
export function nameLines(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || name.length <= 14) return [name];
  let best: string[] = [name];
  let bestMax = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const m = Math.max(a.length, b.length);
    if (m < bestMax) {
      bestMax = m;
      best = [a, b];
    }
  }
  return best;
}
