// Whether a timeline scene can be drawn from the model: a known era, known event and person ids, and at
// least one event that stands out.
import type { TimelineModel } from './model';
import { ERAS, type TimelineScene } from './descriptor';
import { timelineSceneState } from './scene';

export function checkTimelineScene(model: TimelineModel, scene: TimelineScene): string[] {
  const out: string[] = [];
  if (!ERAS.includes(scene.era)) return [`timeline: no era "${scene.era}"`];
  for (const id of scene.focus?.events ?? []) if (!model.events.some((e) => e.id === id)) out.push(`timeline: no event "${id}"`);
  for (const id of scene.focus?.people ?? []) if (!model.events.some((e) => e.p.includes(id))) out.push(`timeline: no event names "${id}"`);
  if (!out.length && timelineSceneState(model, scene).listed.length === 0) out.push(`timeline: nothing stands out in era ${scene.era}`);
  return out;
}
