// What a network step makes stand out: the highlighted nodes and ties and the node in focus, a pure
// function of the model and the step's scene.
import { reachOrder } from './graph';
import type { NetworkScene } from './descriptor';
import type { NetworkModel } from './model';
import { perScene } from '../memo';

export type { NetworkScene };

export interface NetworkSceneState {
  /** Node indices that stand out; the rest are faded. */
  nodes: Set<number>;
  /** Edge indices that stand out: both ends highlighted. */
  edges: Set<number>;
  focus: number | null;
}


/** The whole network at full strength (the overview). */
export const WHOLE: NetworkScene = { title: '', highlight: 'all' };

/** Nothing stands out: the phone's chart while a still picture stands in for it. */
export const RESTING: NetworkSceneState = Object.freeze({ nodes: new Set<number>(), edges: new Set<number>(), focus: null });

/** What stands out in a scene. The result is shared between callers: read it, do not change it. */
export const networkSceneState = perScene(function networkSceneState(model: NetworkModel, scene: NetworkScene): NetworkSceneState {
  const index = new Map(model.nodes.map((n, i) => [n.id, i]));
  let nodes: Set<number>;
  if (scene.highlight === 'all') nodes = new Set(model.nodes.map((_, i) => i));
  else {
    const links = model.edges.map((e) => ({ source: model.nodes[e.s]!.id, target: model.nodes[e.t]!.id, relation: e.r }));
    const ids = reachOrder(links, scene.highlight, new Set(index.keys()));
    nodes = new Set(ids.map((id) => index.get(id)!).filter((i) => i !== undefined));
  }
  const edges = new Set<number>();
  model.edges.forEach((e, i) => {
    if (nodes.has(e.s) && nodes.has(e.t)) edges.add(i);
  });
  const focus = scene.focus !== undefined ? (index.get(scene.focus) ?? null) : null;
  return { nodes, edges, focus };
});

