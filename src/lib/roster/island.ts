// The roster on the story page as an island (RosterIsland.svelte): what the server and the browser share.
import type { FilterOption } from '$lib/roster';

/** The empty element the server pours the roster into (hooks.server.ts) and the browser hydrates. */
export const ROSTER_ISLAND_ATTR = 'data-roster-island';

/** What Roster.svelte is drawn from, on the server and in the browser alike. */
export interface RosterProps {
  total: number;
  transfers: { id: string; date: string; count: number }[];
  statuses: FilterOption[];
  organizations: FilterOption[];
}

/** The roster's props from the story page's data. */
export function rosterProps(data: {
  roster: Omit<RosterProps, 'transfers'>;
  transfers: RosterProps['transfers'];
}): RosterProps {
  return { ...data.roster, transfers: data.transfers };
}
