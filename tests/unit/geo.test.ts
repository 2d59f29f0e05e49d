// The committed geography (data/geo/states.json): Mexico's 32 states by ISO code, and every place and court of
// the dataset inside the polygon of the state it names. Dataset: HANDOVER_DATA, else data/ (as the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';

const topo = JSON.parse(readFileSync(join(process.cwd(), 'data/geo/states.json'), 'utf8'));
const mx = feature(topo, topo.objects.mx) as unknown as FeatureCollection<Geometry, { name: string }>;
const us = feature(topo, topo.objects.us) as unknown as FeatureCollection<Geometry, { name: string }>;
const byId = new Map<string, Feature>([...mx.features, ...us.features].map((f) => [String(f.id), f]));
const dir = process.env.HANDOVER_DATA ?? join(process.cwd(), 'data');

// The 32 federal entities of ISO 3166-2:MX (2016 onwards: Ciudad de México is MX-CMX).
const ISO_MX = 'AGU BCN BCS CAM CHH CHP CMX COA COL DUR GRO GUA HID JAL MEX MIC MOR NAY NLE OAX PUE QUE ROO SIN SLP SON TAB TAM TLA VER YUC ZAC'
  .split(' ')
  .map((c) => `MX-${c}`);

describe('data/geo/states.json', () => {
  it('has the 32 Mexican states, each with its ISO 3166-2 code and a name', () => {
    expect(mx.features.map((f) => f.id).sort()).toEqual(ISO_MX);
    for (const f of mx.features) expect(f.properties.name).toBeTruthy();
    expect(byId.get('MX-CMX')!.properties!.name).toBe('Ciudad de México');
  });

  it('has the US states and DC', () => {
    const ids = us.features.map((f) => String(f.id));
    expect(ids).toContain('US-DC');
    expect(ids.filter((id) => /^US-[A-Z]{2}$/.test(id))).toHaveLength(51);
  });

  it('stays small: at most 80 KB raw', () => {
    expect(readFileSync(join(process.cwd(), 'data/geo/states.json')).length).toBeLessThanOrEqual(80_000);
  });

  it('draws no state inside out (each covers less than a hemisphere)', async () => {
    const { geoArea } = await import('d3-geo');
    for (const f of byId.values()) expect(geoArea(f), String(f.id)).toBeLessThan(Math.PI);
  });
});

describe(`places and courts of ${dir}`, () => {
  const d = loadDataset(dir);
  it.each(d.places.map((p) => [p.id, p] as const))('place %s lies in its state', (_, p) => {
    const f = byId.get(p.state);
    expect(f, `state ${p.state} is in the geography`).toBeDefined();
    expect(geoContains(f!, [p.lon, p.lat])).toBe(true);
  });
  it.each(d.courts.map((c) => [c.id, c] as const))('court %s lies in its state', (_, c) => {
    const f = byId.get(c.state);
    expect(f, `state ${c.state} is in the geography`).toBeDefined();
    expect(geoContains(f!, [c.lon, c.lat])).toBe(true);
  });
});
