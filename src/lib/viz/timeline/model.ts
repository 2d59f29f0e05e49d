// What the timeline needs, computed once at build time: events in a compact form, the marks and year ticks
// of every era at every width class, and the label layout of every scene the story uses.
import type { Dataset } from '$lib/data/schema';
import fortyYears from '$lib/story/sections/forty-years';
import bargain from '$lib/story/sections/bargain';
import { compareDates } from './dates';
import { GEOMETRY, WIDTH_CLASSES, layoutEra, layoutSceneLabels, sceneKey, type EraLayout, type Label, type WidthClass } from './layout';
import { CATEGORY_ORDER, ERAS, type EraId, type TimelineScene } from './scene';

export interface TimelineEvent {
  id: string;
  /** ISO date at its precision. */
  date: string;
  /** Title, drawn as the label. */
  t: string;
  /** Index in CATEGORY_ORDER. */
  c: number;
  /** Person ids. */
  p: string[];
  /** Indices into the model's sources. */
  s: number[];
  /** Index of the mass transfer, and its count, when the event is one. */
  tr?: number;
  n?: number;
}

export interface TimelineModel {
  asOf: string;
  events: TimelineEvent[];
  /** [url, publisher]. */
  sources: [string, string][];
  eras: Record<EraId, Record<WidthClass, EraLayout>>;
  /** Label layouts by sceneKey(scene). */
  labels: Record<string, Record<WidthClass, Label[]>>;
}

/** The timeline scenes of the story's sections, so their labels are laid out here, at build time. */
export function storyScenes(d: Dataset): TimelineScene[] {
  return [fortyYears(d), bargain(d)].flatMap((s) =>
    s.steps.flatMap((st) => (st.scene.visual === 'timeline' ? [st.scene.timeline] : []))
  );
}

export function buildTimelineModel(d: Dataset, scenes: TimelineScene[] = storyScenes(d)): TimelineModel {
  const srcIndex = new Map<string, number>();
  const sources: [string, string][] = [];
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  const tIndex = new Map(d.transfers.map((t, i) => [t.id, i]));
  const events: TimelineEvent[] = [...d.events]
    .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id))
    .map((e) => {
      const s = e.sources.flatMap((id) => {
        const src = byId.get(id);
        if (!src) return [];
        if (!srcIndex.has(id)) {
          srcIndex.set(id, sources.length);
          sources.push([src.url, src.publisher]);
        }
        return [srcIndex.get(id)!];
      });
      const out: TimelineEvent = { id: e.id, date: e.date, t: e.title, c: CATEGORY_ORDER.indexOf(e.category), p: e.people, s };
      const tr = e.transfer === null ? undefined : tIndex.get(e.transfer);
      if (tr !== undefined) {
        out.tr = tr;
        out.n = d.transfers[tr]!.count;
      }
      return out;
    });
  const base = { asOf: d.meta.asOf, events };
  const eras = Object.fromEntries(
    ERAS.map((era) => [era, Object.fromEntries(WIDTH_CLASSES.map((c) => [c, layoutEra(events, era, d.meta.asOf, GEOMETRY[c])]))])
  ) as TimelineModel['eras'];
  const labels: TimelineModel['labels'] = {};
  for (const scene of scenes) {
    const key = sceneKey(scene);
    if (labels[key]) continue;
    labels[key] = Object.fromEntries(WIDTH_CLASSES.map((c) => [c, layoutSceneLabels(base, scene, c)])) as Record<WidthClass, Label[]>;
  }
  return { ...base, sources, eras, labels };
}
