// The roster search against the real dataset, tried as a new reader would (issue 13, item 8).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import { localize } from '../../src/lib/data/localize';
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

describe('the roster on /es/ finds what a Spanish reader types', () => {
  const es = rosterRows(localize(d, 'es'), 'es');
  const findEs = (query: string) => es.filter((r) => rowMatches(rowKeys(r, 'es'), { ...NO_FILTER, query }, 'es')).map((r) => r.id);
  const withStatus = (s: string) => transferred.filter((p) => p.status.value === s).map((p) => p.id);

  it('"Caro" finds Caro Quintero among a few (Carolina del Norte begins with it too)', () => {
    const found = findEs('Caro');
    expect(found).toContain('rafael-caro-quintero');
    expect(found.length).toBeLessThan(transferred.length / 4);
  });

  it('"culpable" finds everyone who pleaded guilty and no one who pleaded not guilty; "no culpable" finds those', () => {
    const guilty = withStatus('pleaded-guilty');
    const notGuilty = withStatus('pleaded-not-guilty');
    expect(guilty.length).toBeGreaterThan(0);
    expect(notGuilty.length).toBeGreaterThan(0);
    const found = findEs('culpable');
    expect(found).toEqual(expect.arrayContaining(guilty));
    expect(found.filter((id) => notGuilty.includes(id))).toEqual([]);
    expect(findEs('no culpable')).toEqual(expect.arrayContaining(notGuilty));
  });

  it('"sentenciado" finds the sentenced; "no identificado" every unidentified person', () => {
    const sentenced = withStatus('sentenced');
    expect(sentenced.length).toBeGreaterThan(0);
    expect(findEs('sentenciado')).toEqual(expect.arrayContaining(sentenced));
    const unidentified = transferred.filter((p) => p.kind === 'unidentified').map((p) => p.id);
    expect(unidentified.length).toBeGreaterThan(0);
    expect(findEs('no identificado')).toEqual(expect.arrayContaining(unidentified));
  });

  it('"Sinaloa" finds the factions’ men; "Cártel del Golfo" its own and its factions’', () => {
    expect(findEs('Sinaloa')).toEqual(expect.arrayContaining(under('sinaloa')));
    const gulf = under('gulf');
    expect(gulf.length).toBeGreaterThan(0);
    expect(findEs('Cártel del Golfo')).toEqual(expect.arrayContaining(gulf));
    expect(findEs('cartel del golfo')).toEqual(expect.arrayContaining(gulf));
  });

  it('"hermano Mencho" finds his brothers; "Marin" finds "Marín"', () => {
    const brothers = d.ties
      .filter((t) => t.relation === 'sibling' && [t.source, t.target].includes('nemesio-oseguera-cervantes'))
      .map((t) => (t.source === 'nemesio-oseguera-cervantes' ? t.target : t.source))
      .filter((id) => transferred.some((p) => p.id === id));
    expect(brothers.length).toBeGreaterThanOrEqual(2);
    expect(findEs('hermano Mencho')).toEqual(expect.arrayContaining(brothers));
    expect(findEs('Marin')).toEqual(expect.arrayContaining(transferred.filter((p) => p.name?.includes('Marín')).map((p) => p.id)));
  });
});
