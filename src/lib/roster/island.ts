// The roster on the story page as an island (RosterIsland.svelte): what the server and the browser share.
import type { ComponentProps } from 'svelte';
import type Roster from './Roster.svelte';

/** The empty element the server pours the roster into (hooks.server.ts) and the browser hydrates. */
export const ROSTER_ISLAND_ATTR = 'data-roster-island';

export type RosterProps = ComponentProps<typeof Roster>;

/** The roster's props from the story page's data: the server draws it from them, and the island hydrates with them. */
export function rosterProps(data: { roster: Omit<RosterProps, 'transfers'>; transfers: RosterProps['transfers'] }): RosterProps {
  return { ...data.roster, transfers: data.transfers };
}
