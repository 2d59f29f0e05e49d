// The scene a step names, whichever visual draws it: types only, so the story and the visuals can both
// import it without importing each other.
import type { MapScene } from './map/descriptor';
import type { NetworkCluster, NetworkScene } from './network/descriptor';
import type { TimelineScene } from './timeline/descriptor';
import type { Lang } from '$lib/i18n/lang';

/** Per visual id, the descriptor its steps carry. A new visual adds one line here and one in registry.ts. */
export interface SceneOf {
  map: MapScene;
  network: NetworkScene;
  timeline: TimelineScene;
}

export type Visual = keyof SceneOf;

/** Which visual a step shows, and what that visual highlights, filters or zooms to: `{ visual: 'map', map: … }`. */
export type Scene = { [V in Visual]: { visual: V } & { [K in V]: SceneOf[V] } }[Visual];

/** What the story hands the model builders: every step's scene, and the editorial rules they lay out by. */
export interface ModelInput {
  scenes: Scene[];
  clusters: NetworkCluster[];
  /** The edition the models' own words (block names, the chart's title) are in; English when not given. */
  lang?: Lang;
}
