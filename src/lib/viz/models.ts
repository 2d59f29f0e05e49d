// The build-time half of the visuals registry: per visual, the model builder (made once per build and
// handed to the page as data) and the check that a step's scene can be drawn from it. A step that cannot
// be built fails the build naming the step id.
import type { Dataset } from '$lib/data/schema';
import type { ModelInput, Scene, SceneOf, Visual } from './scenes';
import { buildMapModel, type MapModel } from './map/model';
import { buildNetworkModel, type NetworkModel } from './network/model';
import { buildTimelineModel, type TimelineModel } from './timeline/model';
import { checkMapScene } from './map/check';
import { checkNetworkScene } from './network/check';
import { checkTimelineScene } from './timeline/check';

export interface Models {
  map: MapModel;
  network: NetworkModel;
  timeline: TimelineModel;
}

interface ModelEntry<V extends Visual> {
  build: (d: Dataset, input: ModelInput) => Models[V];
  /** What is wrong with a scene against the model (an unknown zoom, a highlight that finds nothing); empty when it draws. */
  check: (model: Models[V], scene: SceneOf[V]) => string[];
}

/** Only this visual's scenes, as their descriptors. */
export function scenesOf<V extends Visual>(scenes: readonly Scene[], v: V): SceneOf[V][] {
  return scenes.flatMap((s) => (s.visual === v ? [(s as unknown as Record<V, SceneOf[V]>)[v]] : []));
}

export const BUILDERS: { [V in Visual]: ModelEntry<V> } = {
  map: { build: (d) => buildMapModel(d), check: checkMapScene },
  network: { build: (d, input) => buildNetworkModel(d, input.clusters, input.lang), check: checkNetworkScene },
  timeline: { build: (d, input) => buildTimelineModel(d, scenesOf(input.scenes, 'timeline')), check: checkTimelineScene }
};

export function buildModels(d: Dataset, input: ModelInput): Models {
  return {
    map: BUILDERS.map.build(d, input),
    network: BUILDERS.network.build(d, input),
    timeline: BUILDERS.timeline.build(d, input)
  };
}

/** One visual's model alone (an embed of that visual). */
export function buildModel<V extends Visual>(d: Dataset, input: ModelInput, v: V): Models[V] {
  return BUILDERS[v].build(d, input);
}

/** Every step's scene against the models; throws once, listing each step that cannot be drawn by its id. */
export function checkSteps(steps: readonly { id: string; scene: Scene }[], models: Partial<Models>): void {
  const problems = steps.flatMap((st) => {
    const v = st.scene.visual;
    const model = models[v];
    if (!model) return [];
    const check = BUILDERS[v].check as (m: Models[Visual], s: SceneOf[Visual]) => string[];
    return check(model, (st.scene as unknown as Record<Visual, SceneOf[Visual]>)[v]).map((p) => `step "${st.id}": ${p}`);
  });
  if (problems.length) throw new Error(`The story has steps that cannot be drawn:\n${problems.join('\n')}`);
}
