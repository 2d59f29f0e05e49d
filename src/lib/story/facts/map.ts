// Build-time helpers for the map's sections: the facts the copy states, computed from the data.
import type { Dataset, Person } from '$lib/data/schema';
import geo from '../../../../data/geo/states.json';
import { CURRENT_FROM, encodeStates, rootOf, type StateEncoding } from '$lib/viz/map/encoding';

/** Mexico's 32 states from the committed geography: ISO id → name. */
export const MX_STATES: { id: string; name: string }[] = (
  geo as unknown as { objects: { mx: { geometries: { id: string; properties: { name: string } }[] } } }
).objects.mx.geometries.map((g) => ({ id: g.id, name: g.properties.name }));

export function stateName(id: string): string {
  return MX_STATES.find((s) => s.id === id)?.name ?? id;
}

export function encoding(d: Dataset): Record<string, StateEncoding> {
  return encodeStates(
    MX_STATES.map((s) => s.id),
    d.territories,
    d.organizations
  );
}

export function orgShort(d: Dataset, id: string | undefined): string {
  return d.organizations.find((o) => o.id === id)?.shortName ?? id ?? '';
}

/** Source ids of the current claims about a state (and optionally one organization family), deduplicated. */
export function claimSources(d: Dataset, state: string | null, org?: string): string[] {
  const orgs = new Map(d.organizations.map((o) => [o.id, o]));
  const ids = new Set<string>();
  for (const c of d.territories)
    if ((state === null || c.state === state) && (!org || rootOf(c.organization, orgs) === org) && c.year >= CURRENT_FROM)
      c.sources.forEach((s) => ids.add(s));
  return [...ids].filter((id) => d.sources.some((s) => s.id === id)).slice(0, 6);
}

/** Transferred people whose organization's home base includes the state (named ones by name). */
export function transferredFrom(d: Dataset, state: string): Person[] {
  const orgs = new Set(d.organizations.filter((o) => o.homeBase.includes(state)).map((o) => o.id));
  return d.people.filter((p) => p.transfer !== null && p.organization !== null && orgs.has(p.organization));
}

/**
 * One person's stops from capture to court: the place of capture (a place whose name the capture text
 * names, else the Mexican state it names), the transfer's departure airfield, and the court.
 */
export function personStops(d: Dataset, p: Person): string[] {
  const stops: string[] = [];
  const text = (p.capture?.place ?? '').toLowerCase();
  if (text) {
    const place = d.places.find((pl) => pl.state.startsWith('MX-') && text.includes(pl.name.split(/[,(]/)[0]!.trim().toLowerCase()));
    const state = MX_STATES.find((s) => text.includes(s.name.toLowerCase()));
    if (place) stops.push(place.id);
    else if (state) stops.push(state.id);
  }
  const t = d.transfers.find((x) => x.id === p.transfer);
  if (t) stops.push(t.origin);
  if (p.court) stops.push(p.court);
  return stops;
}
