// What a network step asks for, and the editorial clusters the story hands the model: descriptors with no
// run-time dependency, so the story can name them and the model can take them as data.
import type { Relation } from '$lib/data/schema';

/**
 * Nodes reached from `from` by following ties of the listed relations (either direction) up to
 * `depth` steps. No `via`: the node alone. A scene's highlight is the union of its reaches.
 */
export interface Reach {
  /** A person or organization id. */
  from: string;
  via?: Relation[];
  depth?: number;
}

export interface NetworkScene {
  /** A short title of the scene (the chart's title). */
  title: string;
  /** 'all': the whole network at full strength; otherwise the nodes these reaches find in the ties. */
  highlight: 'all' | Reach[];
  /** A node whose ties are listed beside the chart. */
  focus?: string;
}

/** A block of the layout the story asks for: the nodes its reaches find, under its label, in this order. */
export interface NetworkCluster {
  id: string;
  label: string;
  reach: Reach[];
}
