import { describe, expect, it } from 'vitest';
import type { NetEdge, NetworkModel } from './model';
import { tieWords } from './words';

// Only what tieWords reads: the nodes' names and kinds.
const node = (name: string, kind: 'person' | 'org') => ({ name, kind });
const model = {
  nodes: [
    node('Ricardo González Sauceda', 'person'),
    node('Cártel del Noreste', 'org'),
    node('Los Zetas', 'org'),
    node('Red de Kentucky', 'org'),
    node('Miguel Ángel Treviño Morales', 'person')
  ]
} as unknown as NetworkModel;
const edge = (s: number, t: number, r: NetEdge['r']) => ({ s, t, r }) as NetEdge;

describe('a tie in Spanish words', () => {
  it('contracts "de el" before an organization whose name is a common noun, and takes "la" before a feminine one', () => {
    expect(tieWords(model, edge(0, 1, 'leader'), 0, 'es')).toBe('líder del Cártel del Noreste');
    expect(tieWords(model, edge(0, 3, 'member'), 0, 'es')).toBe('integrante de la Red de Kentucky');
    expect(tieWords(model, edge(0, 1, 'member'), 1, 'es')).toBe('tiene como integrante a Ricardo González Sauceda');
  });

  it('leaves a name that carries its own article, a person, and English as they are', () => {
    expect(tieWords(model, edge(0, 2, 'member'), 0, 'es')).toBe('integrante de Los Zetas');
    expect(tieWords(model, edge(0, 4, 'sibling'), 0, 'es')).toBe('hermano(a) de Miguel Ángel Treviño Morales');
    expect(tieWords(model, edge(0, 1, 'leader'), 0, 'en')).toBe('leader of Cártel del Noreste');
  });
});
