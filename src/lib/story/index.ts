// The whole story, built from the dataset: section order is the reading order.
import type { Dataset } from '$lib/data/schema';
import type { Story } from './types';
import handover from './sections/handover';
import territories from './sections/territories';
import families from './sections/families';
import fortyYears from './sections/forty-years';
import courts from './sections/courts';
import bargain from './sections/bargain';
import roster from './sections/roster';
import methods from './sections/methods';

export function buildStory(d: Dataset): Story {
  return {
    sections: [handover, territories, families, fortyYears, courts, bargain, roster, methods].map((s) => s(d))
  };
}
