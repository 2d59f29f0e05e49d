import { describe, expect, it } from 'vitest';
import { edgeStyle, nameLines, reachOrder, type Link } from './graph';

const links: Link[] = [
  { source: 'a', target: 'b', relation: 'sibling' },
  { source: 'b', target: 'c', relation: 'sibling' },
  { source: 'a', target: 'org', relation: 'leader' },
  { source: 'd', target: 'a', relation: 'rival' }
];

describe('reachOrder', () => {
  it.each([
    ['the node alone without relations', [{ from: 'a' }], ['a']],
    ['one sibling step', [{ from: 'a', via: ['sibling'], depth: 1 }], ['a', 'b']],
    ['two sibling steps', [{ from: 'a', via: ['sibling'], depth: 2 }], ['a', 'b', 'c']],
    ['ties are followed against their direction', [{ from: 'a', via: ['rival'], depth: 1 }], ['a', 'd']],
    ['several relations, neighbours in id order', [{ from: 'a', via: ['sibling', 'leader', 'rival'], depth: 1 }], ['a', 'b', 'd', 'org']],
    ['union of reaches without repeats', [{ from: 'c' }, { from: 'b', via: ['sibling'], depth: 1 }], ['c', 'b', 'a']]
  ] as const)('%s', (_, reaches, expected) => {
    expect(reachOrder(links, reaches as never)).toEqual(expected);
  });

  it('skips a reach from an unknown node', () => {
    expect(reachOrder(links, [{ from: 'zz', via: ['sibling'] }, { from: 'c' }], new Set(['a', 'b', 'c']))).toEqual(['c']);
  });
});

describe('edgeStyle', () => {
  it.each([
    ['sibling', 'family'],
    ['parent-child', 'family'],
    ['extended-family', 'extended'],
    ['member', 'org'],
    ['splinter-of', 'org'],
    ['ally', 'ally'],
    ['rival', 'rival']
  ] as const)('%s → %s', (r, s) => expect(edgeStyle(r)).toBe(s));
});

describe('nameLines', () => {
  it.each([
    ['El Mencho', ['El Mencho']],
    ['Juan Carlos Félix Gastélum', ['Juan Carlos', 'Félix Gastélum']],
    ['María del Rosario Navarro Sánchez', ['María del Rosario', 'Navarro Sánchez']]
  ])('%s', (name, lines) => expect(nameLines(name)).toEqual(lines));
});
