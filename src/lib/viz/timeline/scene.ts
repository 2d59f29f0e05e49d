// What a timeline step asks for. The timeline owner refines this; the story only builds descriptors.
export interface TimelineScene {
  /** Stand-in field until the timeline exists: a short label of what the scene shows. */
  label: string;
}

/** The scene in words, for screen readers and the no-graphic reader (stand-in). */
export function describeTimeline(model: unknown, scene: TimelineScene): string {
  void model;
  return scene.label;
}
