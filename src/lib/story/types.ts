// The story as content: sections of steps, each step with its text and the scene it shows.
import type { Scene, Visual } from '$lib/viz/scenes';

export type { Scene, Visual };

/** A run of text. Sources are ids from data/sources.json; the text links to them. */
export type Inline =
  | string
  | { text: string; sources: string[] }
  | { text: string; href: string }
  | { em: string }
  | { strong: string };

export type Paragraph = Inline[];

export interface Step {
  /** Stable: a URL fragment and share path. */
  id: string;
  text: Paragraph[];
  scene: Scene;
}

export interface Section {
  /** Stable: a URL fragment and the share page /s/<id>/. */
  id: string;
  title: string;
  /** One line for share cards and search results. */
  summary: string;
  /** Sticky sections show one visual beside their steps; others are plain prose. */
  visual: Visual | null;
  intro: Paragraph[];
  steps: Step[];
}

export interface Story {
  sections: Section[];
}
