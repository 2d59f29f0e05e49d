// A scene in words, whichever visual draws it: kept in sync with the graphic for screen readers. Apart from the
// registry of components (registry.ts), so the page can describe every scene without loading the visuals' code,
// which comes with the first graphic that wakes (src/lib/story/island.ts).
import type { Lang } from '$lib/i18n/lang';
import type { Models } from './models';
import type { Scene, SceneOf, Visual } from './scenes';
import { describeMap } from './map/scene';
import { describeNetwork } from './network/words';
import { describeTimeline } from './timeline/scene';

/** Per visual, the scene in words, for screen readers and the no-graphic reader. */
export const DESCRIBE: { [V in Visual]: (model: Models[V], scene: SceneOf[V], lang?: Lang) => string } = {
  map: describeMap,
  network: describeNetwork,
  timeline: describeTimeline
};

/** A scene's own descriptor, whichever visual it is for. */
export function descriptorOf<V extends Visual>(scene: Scene & { visual: V }): SceneOf[V] {
  return (scene as unknown as Record<V, SceneOf[V]>)[scene.visual];
}

export function describeScene(scene: Scene, models: Models, lang: Lang = 'en'): string {
  const v = scene.visual;
  return (DESCRIBE[v] as (m: Models[Visual], s: SceneOf[Visual], lang: Lang) => string)(models[v], descriptorOf(scene), lang);
}
