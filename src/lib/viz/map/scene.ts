// What a map step asks for, and the pure function from (model, scene) to what is drawn and highlighted.
import { orgColor, transferColor } from '$lib/viz/palette';
import { orgLevel, type OrgLevel, type StateKind } from './encoding';
import { H, W, type Zoom } from './frame';
import type { LabelInput } from './labels';
import type { MapModel } from './model';
import type { MapScene } from './descriptor';
import type { Lang, Words } from '$lib/i18n/lang';
import { fillWords, MAP_WORDS } from './words';
import { perScene } from '../memo';

export type { MapScene };

export type StateFill = StateKind | OrgLevel;

export interface SceneState {
  zoom: Zoom;
  /** Per Mexican state: how it is filled and whether it is singled out. */
  states: Record<string, { fill: StateFill; hl: boolean }>;
  /** Labelled points, in drawing units before zoom. */
  points: { id: string; kind: 'place' | 'court' | 'stop'; x: number; y: number; label: string; hl: boolean; r: number }[];
  arcs: { id: string; transfer: string; place: string; d: string; color: string; hl: boolean; n: number | null }[];
  courts: { id: string; x: number; y: number; r: number; n: number; hl: boolean; label: string }[];
  path: { person: string; d: string } | null;
  /** Running total of people over the drawn transfers. */
  total: number | null;
}

/**
 * Whether a state's box can be seen in a scene: it meets the frame widened by `margin` of its size on every
 * side, so a zoom's transition from a wider view still finds land at the edges. Keeps the page light: a map
 * of the US does not carry every Mexican coastline, and the reverse.
 */
export function inView(b: readonly [number, number, number, number], zoom: Zoom, margin = 0.15): boolean {
  const [k, tx, ty] = zoom;
  const x0 = b[0] * k + tx;
  const x1 = b[2] * k + tx;
  const y0 = b[1] * k + ty;
  const y1 = b[3] * k + ty;
  return x1 >= -W * margin && x0 <= W * (1 + margin) && y1 >= -H * margin && y0 <= H * (1 + margin);
}

/** Radius of a court's circle (drawing units at zoom 1): area grows with the count. */
export function courtRadius(n: number): number {
  return Math.round(Math.sqrt(n) * 4 * 10) / 10 + 2;
}

/** Where a stop id points: a place, a court, or a Mexican state's label point. */
export function stopPoint(model: MapModel, id: string): { x: number; y: number; label: string } | null {
  const p = model.places.find((x) => x.id === id);
  if (p) return { x: p.x, y: p.y, label: p.name };
  const c = model.courts.find((x) => x.id === id);
  if (c) return { x: c.x, y: c.y, label: `${c.city} (${c.abbr})` };
  const s = model.mx.find((x) => x.id === id);
  if (s) return { x: s.lx, y: s.ly, label: s.name };
  return null;
}

function curve(a: { x: number; y: number }, b: { x: number; y: number }): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const cx = (a.x + b.x) / 2 + dy * 0.2;
  const cy = (a.y + b.y) / 2 - dx * 0.2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `Q${r(cx)} ${r(cy)} ${r(b.x)} ${r(b.y)}`;
}

export const mapSceneState = perScene(function mapSceneState(model: MapModel, scene: MapScene): SceneState {
  const zoom = model.zooms[scene.zoom];
  // The story's build checks every zoom against the model (checkMapScene): a miss here is a bug, not a fallback.
  if (!zoom) throw new Error(`map: no zoom "${scene.zoom}"`);
  const focus = new Set(scene.states ?? []);
  const orgs = new Map(Object.entries(model.orgs).map(([id, o]) => [id, { id, parent: o.parent }]));
  const states: SceneState['states'] = {};
  for (const s of model.mx) {
    let fill: StateFill = 'none';
    if (scene.layer === 'territory') fill = s.enc.kind;
    else if (scene.layer === 'org' && scene.org) {
      const claims = model.claims
        .filter((c) => c[0] === s.id)
        .map(([state, organization, status, strength, year, report]) => ({
          state,
          organization,
          status: status as 'dominant' | 'contested' | 'presence',
          strength: strength as 'significant' | 'some' | null,
          year,
          sources: [String(report)]
        }));
      fill = orgLevel(s.enc, claims, scene.org, orgs);
    }
    states[s.id] = { fill, hl: focus.has(s.id) };
  }

  const points: SceneState['points'] = [];
  const arcs: SceneState['arcs'] = [];
  let total: number | null = null;
  const flights = scene.flights ?? [];
  flights.forEach((tid, i) => {
    const ti = model.transfers.findIndex((t) => t.id === tid);
    const t = model.transfers[ti];
    if (!t) return;
    total = (total ?? 0) + t.count;
    const current = i === flights.length - 1;
    for (const a of t.arrivals) {
      if (!a.d) continue;
      arcs.push({ id: `${t.id}:${a.place}`, transfer: t.id, place: a.place, d: a.d, color: transferColor(ti), hl: current, n: a.n });
    }
  });
  const current = model.transfers.find((t) => t.id === flights[flights.length - 1]);
  if (current) {
    const o = model.places.find((p) => p.id === current.origin);
    if (o) points.push({ id: o.id, kind: 'place', x: o.x, y: o.y, label: o.name, hl: true, r: 4 });
    for (const a of current.arrivals) {
      const p = model.places.find((x) => x.id === a.place);
      if (p && !points.some((q) => q.id === p.id))
        points.push({ id: p.id, kind: 'place', x: p.x, y: p.y, label: a.n === null ? p.name : `${p.name}: ${a.n}`, hl: true, r: 3 });
    }
  }
  for (const id of scene.places ?? []) {
    const p = model.places.find((x) => x.id === id);
    if (p && !points.some((q) => q.id === p.id)) points.push({ id: p.id, kind: 'place', x: p.x, y: p.y, label: p.name, hl: true, r: 3 });
  }

  let path: SceneState['path'] = null;
  if (scene.path) {
    const stops = scene.path.stops.map((id) => ({ id, p: stopPoint(model, id) })).filter((s) => s.p !== null);
    if (stops.length >= 2) {
      let d = `M${stops[0]!.p!.x} ${stops[0]!.p!.y}`;
      for (let i = 1; i < stops.length; i++) d += curve(stops[i - 1]!.p!, stops[i]!.p!);
      path = { person: scene.path.person, d };
    }
    for (const s of stops)
      if (!points.some((q) => q.id === s.id)) points.push({ id: s.id, kind: 'stop', x: s.p!.x, y: s.p!.y, label: s.p!.label, hl: true, r: 3 });
  }

  const courts: SceneState['courts'] = [];
  if (scene.courts) {
    const hl = new Set(scene.courts.highlight);
    for (const c of model.courts.filter((c) => !c.off))
      courts.push({ id: c.id, x: c.x, y: c.y, r: courtRadius(c.n), n: c.n, hl: hl.has(c.id), label: `${c.abbr}: ${c.n}` });
  }
  return { zoom, states, points, arcs, courts, path, total };
});

/** What gets a label, most important first: the scene's points, then courts (bigger first), then singled-out states. */
export function labelItems(model: MapModel, st: SceneState): LabelInput[] {
  return [
    ...st.points.map((p) => ({ id: p.id, x: p.x, y: p.y, text: p.label, r: p.r, priority: 3 })),
    ...st.courts.map((c) => ({ id: c.id, x: c.x, y: c.y, text: c.label, r: c.r, priority: c.hl ? 2 : 1 + c.n / 1000 })),
    ...model.mx.filter((s) => st.states[s.id]!.hl).map((s) => ({ id: s.id, x: s.lx, y: s.ly, text: s.name, r: 0, priority: 0 }))
  ];
}

export { fillWords };

/** The colour of a state's fill (a CSS value); patterns are added by the component. */
export function fillColor(model: MapModel, state: string, fill: StateFill, org: string | undefined): string {
  const enc = model.mx.find((s) => s.id === state)?.enc;
  if (fill === 'stronghold') return orgColor(enc?.org ?? org);
  if (fill === 'significant' || fill === 'presence' || fill === 'contested') return org ? orgColor(org) : 'var(--ink-2)';
  if (fill === 'several') return 'var(--map-several)';
  return 'var(--map-land)';
}

function describeIn(lang: Lang) {
  const w = MAP_WORDS[lang];
  return perScene(function describeMap(model: MapModel, scene: MapScene): string {
    const st = mapSceneState(model, scene);
    const name = (id: string) => model.mx.find((s) => s.id === id)?.name ?? id;
    const orgName = (id: string | undefined) => (id ? (model.orgs[id]?.name ?? id) : '');
    const parts: string[] = [];
    parts.push(w.mapOf(w.regionInSentence(scene.zoom, name(scene.zoom))));
    if (scene.layer === 'territory') {
      const by = (k: StateFill) => model.mx.filter((s) => st.states[s.id]!.fill === k);
      const strong = by('stronghold');
      if (strong.length) parts.push(`${w.strongholds}${w.list(strong.map((s) => `${s.name} (${orgName(s.enc.org)})`))}.`);
      const cont = by('contested');
      if (cont.length) parts.push(`${w.contested}${w.list(cont.map((s) => s.name))}.`);
      const sev = by('several');
      if (sev.length) parts.push(w.moreStates(sev.length));
    } else if (scene.layer === 'org' && scene.org) {
      for (const k of ['stronghold', 'contested', 'significant', 'presence'] as const) {
        const xs = model.mx.filter((s) => st.states[s.id]!.fill === k);
        if (xs.length) parts.push(`${orgName(scene.org)}, ${fillWords(k, lang)}: ${xs.length > 8 ? w.states(xs.length) : w.list(xs.map((s) => s.name))}.`);
      }
    }
    if (scene.states?.length) parts.push(`${w.singledOut}${w.list(scene.states.map(name))}.`);
    const current = model.transfers.find((t) => t.id === scene.flights?.[scene.flights.length - 1]);
    if (current) {
      const arr = current.arrivals.map((a) => {
        const p = model.places.find((x) => x.id === a.place);
        return `${p?.name ?? a.place}${a.n === null ? w.countNotGiven : ` (${a.n})`}`;
      });
      parts.push(w.flights(current.label, current.count, w.list(arr), st.total));
    }
    const places = st.points.filter((p) => p.kind === 'place' && !current);
    if (places.length) parts.push(`${w.places}${w.list(places.map((p) => p.label))}.`);
    if (st.courts.length) parts.push(w.courts(w.list([...st.courts].sort((a, b) => b.n - a.n).map((c) => c.label)), model.unknownCourt));
    if (scene.path) {
      const stops = scene.path.stops.map((id) => stopPoint(model, id)?.label).filter((x): x is string => !!x);
      parts.push(w.path(scene.path.name, stops.join(' → ')));
    }
    return parts.join(' ');
  });
}
const DESCRIBE: Words<(model: MapModel, scene: MapScene) => string> = { en: describeIn('en'), es: describeIn('es') };

/** The scene in words, for screen readers and the no-graphic reader. */
export function describeMap(model: MapModel, scene: MapScene, lang: Lang = 'en'): string {
  return DESCRIBE[lang](model, scene);
}
