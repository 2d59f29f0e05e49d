// What the timeline needs, computed once at build time: events in a compact form, the marks and year ticks
// of every era at every width class, and the label layout of every scene the story uses.
import type { Dataset } from '$lib/data/schema';
import { compareDates } from './dates';
import type { TimelineEvent, TimelineEvents } from './events';
import { GEOMETRY, WIDTH_CLASSES, layoutEra, layoutSceneLabels, sceneKey, type EraLayout, type Label, type WidthClass } from './layout';
import { CATEGORY_ORDER, ERAS, timelineSceneState, type EraId, type TimelineScene } from './scene';

export type { TimelineEvent };

export interface TimelineModel extends TimelineEvents {
  /** [url without a leading "https://", index into publishers]: see sourceUrl. */
  sources: [string, number][];
  publishers: string[];
  eras: Record<EraId, Record<WidthClass, EraLayout>>;
  /** Label layouts by sceneKey(scene). */
  labels: Record<string, Record<WidthClass, Label[]>>;
}

/** A source's link. */
export function sourceUrl(model: Pick<TimelineModel, 'sources'>, i: number): string {
  const url = model.sources[i]![0];
  return /^[a-z]+:/.test(url) ? url : `https://${url}`;
}

/** `scenes`: every timeline scene of the story, handed in by the page, so their labels are laid out here at build time. */
export function buildTimelineModel(d: Dataset, scenes: readonly TimelineScene[]): TimelineModel {
  const srcIndex = new Map<string, number>();
  const sources: [string, number][] = [];
  const pubIndex = new Map<string, number>();
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  const tIndex = new Map(d.transfers.map((t, i) => [t.id, i]));
  const sorted = [...d.events].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  const events: TimelineEvent[] = sorted.map((e) => {
    const out: TimelineEvent = { id: e.id, date: e.date, t: e.title, c: CATEGORY_ORDER.indexOf(e.category), p: e.people, s: [] };
    const tr = e.transfer === null ? undefined : tIndex.get(e.transfer);
    if (tr !== undefined) {
      out.tr = tr;
      out.n = d.transfers[tr]!.count;
    }
    return out;
  });
  // Only the events some scene lists carry their sources: the page ships no link it cannot show.
  const listed = new Set(scenes.flatMap((sc) => timelineSceneState({ asOf: d.meta.asOf, events }, sc).listed));
  sorted.forEach((e, i) => {
    if (!listed.has(i)) return;
    events[i]!.s = e.sources.flatMap((id) => {
      const src = byId.get(id);
      if (!src) return [];
      if (!srcIndex.has(id)) {
        if (!pubIndex.has(src.publisher)) pubIndex.set(src.publisher, pubIndex.size);
        srcIndex.set(id, sources.length);
        sources.push([src.url.replace(/^https:\/\//, ''), pubIndex.get(src.publisher)!]);
      }
      return [srcIndex.get(id)!];
    });
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
  return { ...base, sources, publishers: [...pubIndex.keys()], eras, labels };
}
