// What a timeline step asks for: the scene descriptor, with no run-time dependency so the story can name it.
import type { Category } from '$lib/data/schema';

/** The windows a scene can zoom to. `all` runs from 1985 to the dataset's "as of" date. */
export const ERAS = ['all', '1985-1989', '2013-2017', '2022-2024', '2025-2026'] as const;
export type EraId = (typeof ERAS)[number];

export interface TimelineFocus {
  /** Events of any of these categories. */
  categories?: Category[];
  /** Events naming any of these people (person ids). */
  people?: string[];
  /** Events with these ids. */
  events?: string[];
  /** Only events whose date overlaps this range (ISO dates of any precision, inclusive). */
  from?: string;
  to?: string;
  /** Only the mass transfers' events. */
  transfers?: boolean;
}

export interface TimelineScene {
  era: EraId;
  /** What stands out; every criterion given must hold. Without a focus, every event in the window does. */
  focus?: TimelineFocus;
  /** A short caption naming what the scene shows (drawn above the chart, read out with the description). */
  caption: string;
}
