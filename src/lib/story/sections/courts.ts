// Section "courts": Where the transferred face charges, and what has happened since. (outline; the map owner writes its steps).
import type { Dataset } from '$lib/data/schema';
import type { Section } from '../types';

export default function section(d: Dataset): Section {
  void d;
  return {
    id: 'courts',
    title: 'The courts',
    summary: 'Where the transferred face charges, and what has happened since.',
    visual: 'map',
    intro: [],
    steps: [
      { id: 'courts-overview', text: [['Where the transferred face charges, and what has happened since.']], scene: { visual: 'map', map: { label: 'The courts' } } }
    ]
  };
}
