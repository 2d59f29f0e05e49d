// What a map step asks for. The map owner refines this; the story only builds descriptors.
export interface MapScene {
  /** Stand-in field until the map exists: a short label of what the scene shows. */
  label: string;
}

/** The scene in words, for screen readers and the no-graphic reader (stand-in). */
export function describeMap(model: unknown, scene: MapScene): string {
  void model;
  return scene.label;
}
