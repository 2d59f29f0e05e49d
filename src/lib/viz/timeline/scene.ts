// What a timeline step asks for (a window of time and what stands out in it), what that means for each
// event, and the scene in words for screen readers.
import type { Category } from '$lib/data/schema';
import type { Lang, Words } from '$lib/i18n/lang';
import { CATEGORY_LABELS, TIMELINE_WORDS } from './words';
import { overlaps, spanOf, type Window } from './dates';
import type { TimelineEvents } from './events';
import { ERAS, type EraId, type TimelineFocus, type TimelineScene } from './descriptor';

export { ERAS, type EraId, type TimelineFocus, type TimelineScene };
import { perScene } from '../memo';

/** First and last year of each era; the last era and `all` stop at the "as of" date, not at the year's end. */
export const ERA_YEARS: Record<EraId, [number, number | null]> = {
  all: [1985, null],
  '1985-1989': [1985, 1989],
  '2013-2017': [2013, 2017],
  '2022-2024': [2022, 2024],
  '2025-2026': [2025, null]
};

export const CATEGORY_ORDER: readonly Category[] = [
  'violence',
  'arrest',
  'escape-release',
  'court',
  'organization',
  'policy-trade',
  'extradition-transfer'
];

/** The categories' names in English (the Spanish ones are in words.ts). */
export const CATEGORY_LABEL: Record<Category, string> = CATEGORY_LABELS.en;

export interface TimelineSceneState {
  window: Window;
  /** Indices of events drawn in the window, in date order. */
  visible: number[];
  /** Indices that stand out (a subset of visible). */
  highlighted: Set<number>;
  /** The events the scene's list reads out: the highlighted ones, in date order. */
  listed: number[];
}

export function eraWindow(era: EraId, asOf: string): Window {
  const [a, b] = ERA_YEARS[era];
  const start = spanOf(String(a)).start;
  const end = b === null ? spanOf(asOf).end : spanOf(String(b)).end;
  return { start, end };
}

/** Whether an event matches a focus; exported for tests and the model. */
export function matchesFocus(
  e: { id: string; date: string; category: Category; people: string[]; transfer: string | null },
  f: TimelineFocus | undefined
): boolean {
  if (!f) return true;
  if (f.categories && !f.categories.includes(e.category)) return false;
  if (f.people && !f.people.some((p) => e.people.includes(p))) return false;
  if (f.events && !f.events.includes(e.id)) return false;
  if (f.transfers && !e.transfer) return false;
  const s = spanOf(e.date);
  if (f.from && s.end <= spanOf(f.from).start) return false;
  if (f.to && s.start >= spanOf(f.to).end) return false;
  return true;
}

export const timelineSceneState = perScene(function timelineSceneState(model: TimelineEvents, scene: TimelineScene): TimelineSceneState {
  const window = eraWindow(scene.era, model.asOf);
  const visible: number[] = [];
  const highlighted = new Set<number>();
  model.events.forEach((e, i) => {
    if (!overlaps(spanOf(e.date), window)) return;
    visible.push(i);
    const full = {
      id: e.id,
      date: e.date,
      category: CATEGORY_ORDER[e.c]!,
      people: e.p,
      transfer: e.tr === undefined ? null : String(e.tr)
    };
    if (matchesFocus(full, scene.focus)) highlighted.add(i);
  });
  return { window, visible, highlighted, listed: visible.filter((i) => highlighted.has(i)) };
});

function describeIn(lang: Lang) {
  const w = TIMELINE_WORDS[lang];
  return perScene(function describeTimeline(model: TimelineEvents, scene: TimelineScene): string {
    const st = timelineSceneState(model, scene);
    const n = st.listed.length;
    const first = st.listed[0];
    const last = st.listed[n - 1];
    const span = n > 0 ? w.span(w.date(model.events[first!]!.date), n > 1 ? w.date(model.events[last!]!.date) : null) : '';
    const [a, b] = ERA_YEARS[scene.era];
    return w.describe(w.era(a, b === null ? model.asOf : b), scene.caption, n, span);
  });
}
const DESCRIBE: Words<(model: TimelineEvents, scene: TimelineScene) => string> = { en: describeIn('en'), es: describeIn('es') };

/** The scene in words, for screen readers: the window, what stands out and how many events. */
export function describeTimeline(model: TimelineEvents, scene: TimelineScene, lang: Lang = 'en'): string {
  return DESCRIBE[lang](model, scene);
}
