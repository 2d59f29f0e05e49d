// Section "territories": Where the organizations of the transferred operate, and where sources disagree. (outline; the map owner writes its steps).
import type { Dataset } from '$lib/data/schema';
import type { Section } from '../types';

export default function section(d: Dataset): Section {
  void d;
  return {
    id: 'territories',
    title: 'Where they operate',
    summary: 'Where the organizations of the transferred operate, and where sources disagree.',
    visual: 'map',
    intro: [],
    steps: [
      { id: 'territories-overview', text: [['Where the organizations of the transferred operate, and where sources disagree.']], scene: { visual: 'map', map: { label: 'Where they operate' } } }
    ]
  };
}
