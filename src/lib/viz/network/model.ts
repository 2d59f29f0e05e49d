// What the network needs, computed once at build time from the dataset (stand-in until the network exists).
import type { Dataset } from '$lib/data/schema';

export interface NetworkModel {
  title: string;
}

export function buildNetworkModel(d: Dataset): NetworkModel {
  return { title: d.meta.title };
}
