// Section "bargain": What each side gave: tariffs, assurances on the death penalty, and sovereignty. (outline; the timeline owner writes its steps).
import type { Dataset } from '$lib/data/schema';
import type { Section } from '../types';

export default function section(d: Dataset): Section {
  void d;
  return {
    id: 'bargain',
    title: 'The bargain',
    summary: 'What each side gave: tariffs, assurances on the death penalty, and sovereignty.',
    visual: 'timeline',
    intro: [],
    steps: [
      { id: 'bargain-overview', text: [['What each side gave: tariffs, assurances on the death penalty, and sovereignty.']], scene: { visual: 'timeline', timeline: { label: 'The bargain' } } }
    ]
  };
}
