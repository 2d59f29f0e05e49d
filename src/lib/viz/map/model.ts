// What the map needs, computed once at build time from the dataset (stand-in until the map exists).
import type { Dataset } from '$lib/data/schema';

export interface MapModel {
  title: string;
}

export function buildMapModel(d: Dataset): MapModel {
  return { title: d.meta.title };
}
