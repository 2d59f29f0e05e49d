// How a state is painted, derived from the territory claims by one documented rule (see STORY.md's honesty rules).
//
// The rule, per Mexican state, over the *current* claims only (year >= CURRENT_FROM; older claims are history):
// factions count as their parent organization (Chapitos and Mayos are the Sinaloa Cartel).
//  1. stronghold — one organization, and only one, is called dominant, by at least two distinct sources.
//     A claim is one source's reading (e.g. "DEA 2025", however many press copies it cites), so two sources
//     means two claims whose lists of references differ.
//     (Fighting between factions of that same organization does not undo it: Sinaloa stays Sinaloa's.)
//  2. contested  — otherwise, any source calls the state contested.
//  3. several    — otherwise, any claim at all: several groups, and the sources disagree or only one source
//     speaks of dominance. Drawn in a neutral tint, never in one organization's colour.
//  4. none       — no claim.
import type { Organization, TerritoryClaim } from '$lib/data/schema';

export const CURRENT_FROM = 2020;

export type StateKind = 'stronghold' | 'contested' | 'several' | 'none';

export interface StateEncoding {
  kind: StateKind;
  /** The organization of a stronghold (its root, not a faction). */
  org?: string;
  /** Root organizations named by the current claims of the state, sorted. */
  orgs: string[];
}

/** An organization's root: follows `parent` up to the top (cycle-safe). */
export function rootOf(orgId: string, orgs: ReadonlyMap<string, Pick<Organization, 'id' | 'parent'>>): string {
  let id = orgId;
  const seen = new Set<string>();
  while (!seen.has(id)) {
    seen.add(id);
    const parent = orgs.get(id)?.parent;
    if (!parent) break;
    id = parent;
  }
  return id;
}

type Claim = Pick<TerritoryClaim, 'state' | 'organization' | 'status' | 'year' | 'sources'> & {
  strength?: TerritoryClaim['strength'];
};

export function encodeState(
  claims: readonly Claim[],
  orgs: ReadonlyMap<string, Pick<Organization, 'id' | 'parent'>>
): StateEncoding {
  const current = claims.filter((c) => c.year >= CURRENT_FROM);
  const involved = new Set(current.map((c) => rootOf(c.organization, orgs)));
  const dominantSources = new Map<string, Set<string>>();
  for (const c of current) {
    if (c.status !== 'dominant') continue;
    const root = rootOf(c.organization, orgs);
    const set = dominantSources.get(root) ?? new Set<string>();
    set.add([...c.sources].sort().join(' '));
    dominantSources.set(root, set);
  }
  const orgList = [...involved].sort();
  if (dominantSources.size === 1) {
    const [org, sources] = [...dominantSources][0]!;
    if (sources.size >= 2) return { kind: 'stronghold', org, orgs: orgList };
  }
  if (current.some((c) => c.status === 'contested')) return { kind: 'contested', orgs: orgList };
  if (current.length) return { kind: 'several', orgs: orgList };
  return { kind: 'none', orgs: [] };
}

/** Every state named in `stateIds`, encoded from all claims. */
export function encodeStates(
  stateIds: readonly string[],
  claims: readonly Claim[],
  organizations: readonly Pick<Organization, 'id' | 'parent'>[]
): Record<string, StateEncoding> {
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  const out: Record<string, StateEncoding> = {};
  for (const id of stateIds) out[id] = encodeState(claims.filter((c) => c.state === id), orgs);
  return out;
}

/** One organization's standing in one state, for the "one organization's territory" scenes. */
export type OrgLevel = 'stronghold' | 'contested' | 'significant' | 'presence' | 'none';

export function orgLevel(
  enc: StateEncoding,
  claims: readonly Claim[],
  org: string,
  orgs: ReadonlyMap<string, Pick<Organization, 'id' | 'parent'>>
): OrgLevel {
  const mine = claims.filter((c) => c.year >= CURRENT_FROM && rootOf(c.organization, orgs) === org);
  if (enc.kind === 'stronghold' && enc.org === org) return 'stronghold';
  if (!mine.length) return 'none';
  if (enc.kind === 'contested' && mine.some((c) => c.status === 'contested')) return 'contested';
  // A lone "dominant" reading that the other sources do not share is shown as presence, not control.
  if (mine.some((c) => c.status === 'dominant' || c.strength === 'significant')) return 'significant';
  return 'presence';
}
