// What a network step asks for. The network owner refines this; the story only builds descriptors.
export interface NetworkScene {
  /** Stand-in field until the network exists: a short label of what the scene shows. */
  label: string;
}

/** The scene in words, for screen readers and the no-graphic reader (stand-in). */
export function describeNetwork(model: unknown, scene: NetworkScene): string {
  void model;
  return scene.label;
}
