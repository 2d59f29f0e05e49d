// Section "forty-years": From the killing of a DEA agent in 1985 to the transfers: why the US waited decades. (outline; the timeline owner writes its steps).
import type { Dataset } from '$lib/data/schema';
import type { Section } from '../types';

export default function section(d: Dataset): Section {
  void d;
  return {
    id: 'forty-years',
    title: 'Forty years',
    summary: 'From the killing of a DEA agent in 1985 to the transfers: why the US waited decades.',
    visual: 'timeline',
    intro: [],
    steps: [
      { id: 'forty-years-overview', text: [['From the killing of a DEA agent in 1985 to the transfers: why the US waited decades.']], scene: { visual: 'timeline', timeline: { label: 'Forty years' } } }
    ]
  };
}
