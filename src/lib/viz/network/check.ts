// Whether a network scene can be drawn from the model: each reach starts at a node of the chart and the
// scene highlights something, so a step whose people are missing fails the build instead of vanishing.
import type { NetworkModel } from './model';
import type { NetworkScene } from './descriptor';
import { networkSceneState } from './state';

export function checkNetworkScene(model: NetworkModel, scene: NetworkScene): string[] {
  const out: string[] = [];
  const nodes = new Set(model.nodes.map((n) => n.id));
  if (scene.highlight !== 'all') {
    if (!scene.highlight.length) out.push('network: the highlight names no one');
    for (const r of scene.highlight) if (!nodes.has(r.from)) out.push(`network: "${r.from}" is not in the chart (no sourced tie)`);
  }
  if (scene.focus !== undefined && !nodes.has(scene.focus)) out.push(`network: focus "${scene.focus}" is not in the chart`);
  if (!out.length && networkSceneState(model, scene).nodes.size === 0) out.push('network: the highlight finds no node');
  return out;
}
