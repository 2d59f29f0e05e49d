// What the map needs, computed once at build time: projected state paths, points, flight arcs and zooms.
// The browser gets only these numbers and strings; it runs no d3-geo.
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Dataset } from '$lib/data/schema';
import { encodeStates, type StateEncoding } from './encoding';
import geo from '../../../../data/geo/states.json';

import { H, W, type Zoom } from './frame';
export { H, W, type Zoom };

export interface MapModel {
  /** b: the state's bounding box in drawing units (whole numbers), to skip states a scene cannot show. */
  mx: { id: string; name: string; d: string; b: Box; lx: number; ly: number; enc: StateEncoding }[];
  us: { id: string; d: string; b: Box }[];
  /** Zoom transforms by region: 'north-america', 'mexico', 'us' and each Mexican state id. */
  zooms: Record<string, Zoom>;
  places: { id: string; name: string; kind: string; state: string; x: number; y: number }[];
  /** Districts where transferred people are charged; `off`: outside the frame (Alaska, Hawaii), listed instead. */
  courts: { id: string; abbr: string; city: string; x: number; y: number; n: number; off: boolean }[];
  /** Transferred people whose US district the sources do not give. */
  unknownCourt: number;
  transfers: {
    id: string;
    label: string;
    count: number;
    origin: string;
    arrivals: { place: string; n: number | null; d: string }[];
  }[];
  orgs: Record<string, { name: string; short: string; parent: string | null }>;
  /** Date of the latest event tagged "changes-territory" (El Mencho's death): every territorial map predates it. */
  caveatDate: string | null;
  /** The reports behind the territory claims ("DEA National Drug Threat Assessment 2025 (maps, via press)"). */
  reports: string[];
  /** Territory claims: [state, org, status, strength, year, index into reports]. */
  claims: [string, string, string, string | null, number, number][];
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

export type GeoTopology = Topology<{ mx: GeometryCollection<{ name: string }>; us: GeometryCollection<{ name: string }> }>;

export function statesGeo(topo: GeoTopology = geo as unknown as GeoTopology) {
  return {
    mx: feature(topo, topo.objects.mx) as FeatureCollection<Geometry, { name: string }>,
    us: feature(topo, topo.objects.us) as FeatureCollection<Geometry, { name: string }>
  };
}

/** The one projection: a conic equal-area for North America, fitted to the US lower 48 and Mexico. */
export function makeProjection(fc: FeatureCollection): GeoProjection {
  return geoConicEqualArea()
    .parallels([18, 42])
    .rotate([100, 0])
    .fitExtent(
      [
        [8, 8],
        [W - 8, H - 8]
      ],
      fc
    );
}

const OFF_MAP = new Set(['US-AK', 'US-HI']);

const box = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box => [
  Math.floor(x0),
  Math.floor(y0),
  Math.ceil(x1),
  Math.ceil(y1)
];

const r1 = (n: number) => Math.round(n * 10) / 10;
const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** The transform that fits box [[x0,y0],[x1,y1]] into the drawing with a margin, at most `kMax` times. */
export function fitZoom(box: [[number, number], [number, number]], pad = 0.08, kMax = 8): Zoom {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const k = Math.min(kMax, (W * (1 - 2 * pad)) / w, (H * (1 - 2 * pad)) / h);
  return [r3(k), r1(W / 2 - k * ((x0 + x1) / 2)), r1(H / 2 - k * ((y0 + y1) / 2))];
}

/** A curved flight path from a to b: a quadratic arc bowed to the left of travel, in drawing units. */
export function arcPath(a: [number, number], b: [number, number], bend = 0.2): string {
  const [x0, y0] = a;
  const [x1, y1] = b;
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const cx = mx + dy * bend;
  const cy = my - dx * bend;
  return `M${r1(x0)} ${r1(y0)}Q${r1(cx)} ${r1(cy)} ${r1(x1)} ${r1(y1)}`;
}

/** A number in the shortest SVG form: "0.5" → ".5", "-0.5" → "-.5". */
function num(n: number, digits: number): string {
  let s = n.toFixed(digits);
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  return (s === '-0' ? '0' : s).replace(/^(-?)0\./, '$1.');
}

/**
 * Rewrites an absolute path of M/L/Z commands (as d3-geo writes it) with relative moves on a grid of
 * 10^-digits: much shorter text. Deltas are taken between already-rounded points, so nothing drifts.
 */
export function compactPath(d: string, digits: number): string {
  const f = 10 ** digits;
  let out = '';
  let px = 0;
  let py = 0;
  let sx = 0;
  let sy = 0;
  const put = (n: string) => {
    out += (/[\d.]$/.test(out) && !n.startsWith('-') ? ' ' : '') + n;
  };
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'z';
      // After a close, the current point is the start of the subpath.
      px = sx;
      py = sy;
      continue;
    }
    const v = args!.split(',').map(Number);
    const x = Math.round(v[0]! * f);
    const y = Math.round(v[1]! * f);
    if (cmd === 'L' && x === px && y === py) continue;
    // Pairs after "m" are relative line-tos, so no "l" is written.
    if (cmd === 'M') {
      out += 'm';
      sx = x;
      sy = y;
    }
    put(num((x - px) / f, digits));
    put(num((y - py) / f, digits));
    px = x;
    py = y;
  }
  return out;
}

/**
 * The report a claim reads: claims cite press copies of one report, and name it at the head of their detail
 * ("DEA National Drug Threat Assessment 2025 (maps, via press): …"). Without that, the first source's
 * publisher and year.
 */
export function reportLabel(c: Dataset['territories'][number], sources: Dataset['sources']): string {
  const head = c.detail?.split(/:\s/)[0]?.trim();
  if (head && head.length < 90 && head !== c.detail) return head;
  const s = sources.find((x) => x.id === c.sources[0]);
  if (!s) return c.sources[0]!;
  return s.date ? `${s.publisher} ${s.date.slice(0, 4)}` : s.publisher;
}

export function buildMapModel(d: Dataset, topo?: GeoTopology): MapModel {
  const geo = statesGeo(topo);
  const mx = geo.mx;
  // Drawn and fitted: the lower 48 and DC. Alaska and Hawaii lie outside the frame; courts there are listed.
  const us = { ...geo.us, features: geo.us.features.filter((f) => !OFF_MAP.has(String(f.id))) };
  const all: FeatureCollection = { type: 'FeatureCollection', features: [...mx.features, ...us.features] };
  const projection = makeProjection(all);
  const path = geoPath(projection).digits(1);
  // The US side is context only: whole units are precise enough there.
  const coarse = geoPath(projection).digits(0);
  const point = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat])!;
    return [r1(p[0]), r1(p[1])];
  };

  const ids = mx.features.map((f) => String(f.id));
  const enc = encodeStates(ids, d.territories, d.organizations);
  const zooms: Record<string, Zoom> = {
    'north-america': [1, 0, 0],
    mexico: fitZoom(path.bounds(mx), 0.04),
    us: fitZoom(path.bounds(us), 0.04)
  };
  const mxOut = mx.features.map((f) => {
    const id = String(f.id);
    zooms[id] = fitZoom(path.bounds(f), 0.12);
    const [lx, ly] = path.centroid(f);
    return { id, name: f.properties.name, d: compactPath(path(f) ?? '', 1), b: box(path.bounds(f)), lx: r1(lx), ly: r1(ly), enc: enc[id]! };
  });

  const places = d.places.map((p) => {
    const [x, y] = point(p.lon, p.lat);
    return { id: p.id, name: p.shortName ?? p.name, kind: p.kind, state: p.state, x, y };
  });
  const at = new Map(places.map((p) => [p.id, [p.x, p.y] as [number, number]]));

  const transferred = d.people.filter((p) => p.transfer !== null);
  const courts = d.courts
    .map((c) => {
      const [x, y] = point(c.lon, c.lat);
      const off = OFF_MAP.has(c.state) || x < 0 || x > W || y < 0 || y > H;
      return { id: c.id, abbr: c.abbr, city: c.city, x, y, off, n: transferred.filter((p) => p.court === c.id).length };
    })
    .filter((c) => c.n > 0);

  const orgs: MapModel['orgs'] = {};
  for (const o of d.organizations)
      orgs[o.id] = { name: o.name, short: o.shortName, parent: o.parent };
  const reports: string[] = [];
  const reportOf = (c: Dataset['territories'][number]) => {
    const label = reportLabel(c, d.sources);
    if (!reports.includes(label)) reports.push(label);
    return reports.indexOf(label);
  };

  return {
    mx: mxOut,
    us: us.features.map((f) => ({ id: String(f.id), d: compactPath(coarse(f) ?? '', 0), b: box(path.bounds(f)) })),
    zooms,
    places,
    courts,
    unknownCourt: transferred.filter((p) => p.court === null).length,
    transfers: d.transfers.map((t) => {
      const from = at.get(t.origin);
      return {
        id: t.id,
        label: t.label,
        count: t.count,
        origin: t.origin,
        arrivals: t.arrivals.map((a) => {
          const to = at.get(a.place);
          return { place: a.place, n: a.count, d: from && to ? arcPath(from, to) : '' };
        })
      };
    }),
    orgs,
    caveatDate: d.events.filter((e) => e.tags?.includes('changes-territory')).map((e) => e.date).sort().at(-1) ?? null,
    claims: d.territories.map((c) => [c.state, c.organization, c.status, c.strength, c.year, reportOf(c)]),
    reports
  };
}
