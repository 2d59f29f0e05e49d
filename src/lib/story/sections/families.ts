// Section "families": Brothers, sons and in-laws: the family ties among the transferred. (outline; the network owner writes its steps).
import type { Dataset } from '$lib/data/schema';
import type { Section } from '../types';

export default function section(d: Dataset): Section {
  void d;
  return {
    id: 'families',
    title: 'Family businesses',
    summary: 'Brothers, sons and in-laws: the family ties among the transferred.',
    visual: 'network',
    intro: [],
    steps: [
      { id: 'families-overview', text: [['Brothers, sons and in-laws: the family ties among the transferred.']], scene: { visual: 'network', network: { label: 'Family businesses' } } }
    ]
  };
}
