// The map's "show as a table" button, where a page puts it outside the map: the story keeps it in the band of
// controls above its steps (inside the map, under the step boxes, a thumb could not reach it). The page gives
// each map its table's state through this context; without one, the map draws its own button.
import { getContext, setContext } from 'svelte';

export interface MapTable {
  open: boolean;
  /** The id the outside button names in aria-controls. */
  readonly id: string;
}

const KEY = Symbol('map-table');

/** For the page: the table state of the map that draws a given step, or undefined to keep the map's own button. */
export function provideMapTables(forStep: (stepId: string) => MapTable | undefined) {
  setContext(KEY, forStep);
}

/** The same, as an entry of the context a component mounted on its own (an island) is given. */
export function mapTablesContext(forStep: (stepId: string) => MapTable | undefined): [symbol, (stepId: string) => MapTable | undefined] {
  return [KEY, forStep];
}

export function mapTableFor(stepId: string): MapTable | undefined {
  return getContext<((id: string) => MapTable | undefined) | undefined>(KEY)?.(stepId);
}
