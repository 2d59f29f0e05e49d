// A scene in words, whichever visual draws it: kept in sync with the graphic for screen readers.
import type { Scene } from '$lib/story/types';
import type { Models } from './models';
import { describeMap } from './map/scene';
import { describeNetwork } from './network/scene';
import { describeTimeline } from './timeline/scene';

export function describeScene(scene: Scene, models: Models): string {
  switch (scene.visual) {
    case 'map':
      return describeMap(models.map, scene.map);
    case 'network':
      return describeNetwork(models.network, scene.network);
    case 'timeline':
      return describeTimeline(models.timeline, scene.timeline);
  }
}
