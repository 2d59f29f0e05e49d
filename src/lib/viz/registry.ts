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
}

export const VISUALS: { [V in Visual]: VisualEntry<V> } = {
  map: { label: { en: 'The map', es: 'El mapa' }, component: Map },
  network: { label: { en: 'The network of ties', es: 'La red de lazos' }, component: Network },
  timeline: { label: { en: 'The timeline', es: 'La línea de tiempo' }, component: Timeline }
};

/** Visual ids in the order the embeds list them. */
export const VISUAL_IDS = Object.keys(VISUALS) as Visual[];

export { descriptorOf } from './describe';
