// The timeline's events as the model ships them, and what the scene and layout rules read of the model:
// apart from model.ts so those rules and the model do not import each other.

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
  /** Indices into the model's sources; empty for an event that no scene of the story lists. */
  s: number[];
  /** Index of the mass transfer, and its count, when the event is one. */
  tr?: number;
  n?: number;
}

/** The part of the model a scene's state and its label layout are computed from. */
export interface TimelineEvents {
  asOf: string;
  events: TimelineEvent[];
}
