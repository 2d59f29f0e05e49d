// The visuals, one line each: what the browser needs of a visual (its label, its component and the scene
// in words). The build-time half (model builder, scene check) is in models.ts, kept apart so the page's
// script never carries d3-geo or the map's geography. Adding a visual: see "Add a visual" in README.md.
import type { Component } from 'svelte';
import type { Lang, Words } from '$lib/i18n/lang';
import type { Models } from './models';
import type { Scene, SceneOf, Visual } from './scenes';
import Map from './map/Map.svelte';
import Network from './network/Network.svelte';
import Timeline from './timeline/Timeline.svelte';
import { describeMap } from './map/scene';
import { describeNetwork } from './network/words';
import { describeTimeline } from './timeline/scene';

export interface VisualProps<V extends Visual> {
  model: Models[V];
  scene: SceneOf[V];
  stepId: string;
  /** The graphic never changes step (an unrolled embed, a share card). */
  still?: boolean;
}

export interface VisualEntry<V extends Visual> {
  /** How the embed codes page names the visual, in each edition. */
  label: Words;
  component: Component<VisualProps<V>>;
  /** The scene in words, for screen readers and the no-graphic reader. */
  describe: (model: Models[V], scene: SceneOf[V], lang?: Lang) => string;
}

export const VISUALS: { [V in Visual]: VisualEntry<V> } = {
  map: { label: { en: 'The map', es: 'El mapa' }, component: Map, describe: describeMap },
  network: { label: { en: 'The network of ties', es: 'La red de lazos' }, component: Network, describe: describeNetwork },
  timeline: { label: { en: 'The timeline', es: 'La línea de tiempo' }, component: Timeline, describe: describeTimeline }
};

/** Visual ids in the order the embeds list them. */
export const VISUAL_IDS = Object.keys(VISUALS) as Visual[];

/** A scene's own descriptor, whichever visual it is for. */
export function descriptorOf<V extends Visual>(scene: Scene & { visual: V }): SceneOf[V] {
  return (scene as unknown as Record<V, SceneOf[V]>)[scene.visual];
}

export function describeScene(scene: Scene, models: Models, lang: Lang = 'en'): string {
  const v = scene.visual;
  return (VISUALS[v].describe as (m: Models[Visual], s: SceneOf[Visual], lang: Lang) => string)(models[v], descriptorOf(scene), lang);
}
