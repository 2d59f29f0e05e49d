// What the timeline needs, computed once at build time from the dataset (stand-in until the timeline exists).
import type { Dataset } from '$lib/data/schema';

export interface TimelineModel {
  title: string;
}

export function buildTimelineModel(d: Dataset): TimelineModel {
  return { title: d.meta.title };
}
