// What a map step asks for: the scene descriptor, with no run-time dependency so the story can name it.

/** A Mexican state's ISO 3166-2 code ("MX-SIN"); checked against the map's states when the story is built. */
export type MxStateId = `MX-${string}`;

/** The region that fills the frame. */
export type MapZoom = 'north-america' | 'mexico' | 'us' | MxStateId;

export interface MapScene {
  /** The region that fills the frame: the whole frame, Mexico, the lower 48, or one Mexican state. */
  zoom: MapZoom;
  /** How Mexico is painted: the territory encoding, one organization's territory, or plain. */
  layer: 'territory' | 'org' | 'plain';
  /** The organization of an 'org' layer. */
  org?: string;
  /** Mexican states singled out (outlined, full strength); the others recede. */
  states?: string[];
  /** Places drawn as labelled points. */
  places?: string[];
  /** Transfers whose flights are drawn, in order; the last one is the current, labelled with counts. */
  flights?: string[];
  /** Show the US districts sized by the number of transferred people charged there; these are singled out. */
  courts?: { highlight: string[] };
  /** One person's journey: stops are place, court or Mexican state ids, in order. */
  path?: { person: string; name: string; stops: string[] };
}
