// The roster search against the real dataset, tried as a new reader would (issue 13, item 8).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import { NO_FILTER, rosterRows, rowKeys, rowMatches } from '../../src/lib/roster';

const d = loadDataset(join(process.cwd(), 'data'));
const rows = rosterRows(d);
const transferred = d.people.filter((p) => p.transfer);

function find(query: string): string[] {
  return rows.filter((r) => rowMatches(rowKeys(r), { ...NO_FILTER, query })).map((r) => r.id);
}

/** Transferred people whose organization is `org` or sits under it, walking the parents in the data. */
function under(org: string): string[] {
  const parent = new Map(d.organizations.map((o) => [o.id, o.parent]));
  const within = (id: string | null): boolean => id !== null && (id === org || within(parent.get(id) ?? null));
  return transferred.filter((p) => within(p.organization)).map((p) => p.id);
}

describe('the roster finds what a reader types', () => {
  it('"Sinaloa" finds the Chapitos’ and the Mayos’ men too', () => {
    const found = find('Sinaloa');
    const expected = under('sinaloa');
    expect(under('chapitos').length).toBeGreaterThan(0);
    expect(under('mayos').length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toEqual(expect.arrayContaining([...under('chapitos'), ...under('mayos')]));
  });

  it('"Brooklyn", "E.D.N.Y." and "EDNY" find Caro Quintero', () => {
    for (const q of ['Brooklyn', 'E.D.N.Y.', 'EDNY']) expect(find(q), q).toContain('rafael-caro-quintero');
  });

  it('"Mencho" finds his brothers', () => {
    const brothers = d.ties
      .filter((t) => t.relation === 'sibling' && [t.source, t.target].includes('nemesio-oseguera-cervantes'))
      .map((t) => (t.source === 'nemesio-oseguera-cervantes' ? t.target : t.source))
      .filter((id) => transferred.some((p) => p.id === id));
    expect(brothers.length).toBeGreaterThanOrEqual(2);
    expect(find('Mencho')).toEqual(expect.arrayContaining(brothers));
  });

  it('"guilty" finds everyone who pleaded guilty, and no one who pleaded not guilty', () => {
    const guilty = transferred.filter((p) => p.status.value === 'pleaded-guilty').map((p) => p.id);
    const notGuilty = transferred.filter((p) => p.status.value === 'pleaded-not-guilty').map((p) => p.id);
    expect(guilty.length).toBeGreaterThan(0);
    const found = find('guilty');
    expect(found).toEqual(expect.arrayContaining(guilty));
    expect(found.filter((id) => notGuilty.includes(id))).toEqual([]);
    expect(find('not guilty')).toEqual(expect.arrayContaining(notGuilty));
  });

  it('"Marin" finds "Marín"', () => {
    const marin = transferred.filter((p) => p.name?.includes('Marín'));
    expect(marin.length).toBeGreaterThan(0);
    expect(find('Marin')).toEqual(expect.arrayContaining(marin.map((p) => p.id)));
  });
});
