import { describe, expect, it } from 'vitest';
import { encodeState, orgLevel, rootOf, CURRENT_FROM } from './encoding';

const orgs = new Map(
  [
    { id: 'sinaloa', parent: null },
    { id: 'chapitos', parent: 'sinaloa' },
    { id: 'mayos', parent: 'sinaloa' },
    { id: 'cjng', parent: null },
    { id: 'cdn', parent: null }
  ].map((o) => [o.id, o])
);
type C = { state: string; organization: string; status: 'dominant' | 'contested' | 'presence'; year: number; sources: string[]; strength?: 'significant' | 'some' | null };
const c = (organization: string, status: C['status'], sources: string[], year = 2024, strength: C['strength'] = null): C => ({
  state: 'MX-X',
  organization,
  status,
  year,
  sources,
  strength
});

describe('encodeState', () => {
  it.each([
    ['two sources call one organization dominant', [c('sinaloa', 'dominant', ['crs']), c('sinaloa', 'dominant', ['mx'])], 'stronghold', 'sinaloa'],
    ['a faction counts as its parent', [c('chapitos', 'dominant', ['a']), c('sinaloa', 'dominant', ['b'])], 'stronghold', 'sinaloa'],
    ['infighting inside the family keeps the stronghold', [c('sinaloa', 'dominant', ['a']), c('sinaloa', 'dominant', ['b']), c('chapitos', 'contested', ['b']), c('mayos', 'contested', ['b'])], 'stronghold', 'sinaloa'],
    ['one source only is not agreement', [c('cjng', 'dominant', ['mx'])], 'several', undefined],
    ['two press copies of one reading are one source', [c('cjng', 'dominant', ['p1', 'p2']), c('cjng', 'dominant', ['p2', 'p1'])], 'several', undefined],
    ['sources naming different dominant groups disagree', [c('cjng', 'dominant', ['crs']), c('sinaloa', 'dominant', ['mx'])], 'several', undefined],
    ['disagreement plus a contest is contested', [c('cjng', 'dominant', ['crs']), c('sinaloa', 'dominant', ['mx']), c('cjng', 'contested', ['x'])], 'contested', undefined],
    ['a contest claim makes it contested', [c('cdn', 'contested', ['a']), c('cjng', 'presence', ['b'])], 'contested', undefined],
    ['presence alone: several groups', [c('cjng', 'presence', ['dea'])], 'several', undefined],
    ['historical claims do not count', [c('sinaloa', 'dominant', ['a'], CURRENT_FROM - 5), c('sinaloa', 'dominant', ['b'], CURRENT_FROM - 9)], 'none', undefined],
    ['no claims', [], 'none', undefined]
  ] as [string, C[], string, string | undefined][])('%s', (_, claims, kind, org) => {
    const e = encodeState(claims, orgs);
    expect(e.kind).toBe(kind);
    expect(e.org).toBe(org);
  });

  it('lists the root organizations involved', () => {
    expect(encodeState([c('mayos', 'presence', ['a']), c('cjng', 'presence', ['a'])], orgs).orgs).toEqual(['cjng', 'sinaloa']);
  });
});

describe('rootOf', () => {
  it('follows parents and survives cycles', () => {
    expect(rootOf('chapitos', orgs)).toBe('sinaloa');
    expect(rootOf('unknown', orgs)).toBe('unknown');
    const loop = new Map([
      ['a', { id: 'a', parent: 'b' }],
      ['b', { id: 'b', parent: 'a' }]
    ]);
    expect(['a', 'b']).toContain(rootOf('a', loop));
  });
});

describe('orgLevel', () => {
  it.each([
    ['its stronghold', [c('cjng', 'dominant', ['a']), c('cjng', 'dominant', ['b'])], 'cjng', 'stronghold'],
    ['a contest it is part of', [c('cjng', 'contested', ['a'])], 'cjng', 'contested'],
    ['significant presence', [c('cjng', 'presence', ['dea'], 2025, 'significant'), c('cdn', 'contested', ['x'])], 'cjng', 'significant'],
    ['a lone dominant reading shows as significant presence, not control', [c('cjng', 'dominant', ['mx'])], 'cjng', 'significant'],
    ['lesser presence', [c('cjng', 'presence', ['dea'], 2025, 'some')], 'cjng', 'presence'],
    ['someone else’s stronghold, no claim of its own', [c('sinaloa', 'dominant', ['a']), c('sinaloa', 'dominant', ['b'])], 'cjng', 'none']
  ] as [string, C[], string, string][])('%s', (_, claims, org, level) => {
    expect(orgLevel(encodeState(claims, orgs), claims, org, orgs)).toBe(level);
  });
});
