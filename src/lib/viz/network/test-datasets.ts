// Datasets the network's unit tests run on: the research network (committed fixture, realistic volume) and
// the real data (HANDOVER_DATA, else data/). Not the small valid fixture: the families section cannot be
// built from it (its steps' people have no ties there), and a step that cannot be built fails by design.
import { join } from 'node:path';
import type { Dataset } from '$lib/data/schema';
import { loadDataset } from '$lib/data/load';
import research from './fixtures/research-dataset.json';

export function testDatasets(): [string, Dataset][] {
  const out: [string, Dataset][] = [['research', research as unknown as Dataset]];
  const real = process.env.HANDOVER_DATA ?? join(process.cwd(), 'data');
  out.push(['data', loadDataset(real)]);
  return out;
}

/** A seeded shuffle (mulberry32), so a "shuffled input" test is itself repeatable. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
