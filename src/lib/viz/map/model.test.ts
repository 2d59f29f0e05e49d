import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { H, W } from './frame';
import { mapWidthFor } from './labels';
import { arcPath, buildMapModel, compactPath, fitZoom } from './model';

const d = loadDataset('tests/fixtures/data/valid');
const model = buildMapModel(d);

/** Absolute points of a compact relative path (m, implicit l, z), for checking it against the source. */
function absolute(path: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0, y = 0, sx = 0, sy = 0;
  for (const [, cmd, args] of path.matchAll(/([mz])([^mz]*)/g)) {
    if (cmd === 'z') { x = sx; y = sy; continue; }
    const n = args!.match(/-?(\d+\.?\d*|\.\d+)/g)!.map(Number);
    for (let i = 0; i < n.length; i += 2) {
      x += n[i]!; y += n[i + 1]!;
      if (i === 0) { sx = x; sy = y; }
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}

describe('buildMapModel', () => {
  it('draws all 32 Mexican states with their ISO ids, Mexico City as MX-CMX', () => {
    expect(model.mx).toHaveLength(32);
    for (const s of model.mx) {
      expect(s.id).toMatch(/^MX-[A-Z]{3}$/);
      expect(s.d.length).toBeGreaterThan(20);
    }
    expect(model.mx.map((s) => s.id)).toContain('MX-CMX');
    expect(model.mx.map((s) => s.id)).not.toContain('MX-DIF');
  });

  it('draws the lower 48 and DC, not Alaska or Hawaii', () => {
    const ids = model.us.map((s) => s.id);
    expect(ids).toHaveLength(49);
    expect(ids).toContain('US-DC');
    expect(ids).not.toContain('US-AK');
  });

  it('fits Mexico inside the box for its zoom, at every width (the box scales as one)', () => {
    const [k, tx, ty] = model.zooms.mexico!;
    const xs = model.mx.flatMap((s) => absolute(s.d).map(([x, y]) => [x * k + tx, y * k + ty] as const));
    for (const width of [320, 390, 768, 1440].map(mapWidthFor)) {
      const px = width / W;
      for (const [x, y] of xs) {
        expect(x * px).toBeGreaterThanOrEqual(0);
        expect(x * px).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(H);
      }
    }
    // And it fills the frame: Mexico spans most of the width.
    const X = xs.map(([x]) => x);
    expect(Math.max(...X) - Math.min(...X)).toBeGreaterThan(W * 0.8);
  });

  it('has a zoom for every state, each bringing that state into the box', () => {
    for (const s of model.mx) {
      const [k, tx, ty] = model.zooms[s.id]!;
      for (const [x, y] of absolute(s.d)) {
        expect(x * k + tx).toBeGreaterThanOrEqual(-0.5);
        expect(x * k + tx).toBeLessThanOrEqual(W + 0.5);
        expect(y * k + ty).toBeGreaterThanOrEqual(-0.5);
        expect(y * k + ty).toBeLessThanOrEqual(H + 0.5);
      }
    }
  });

  it('projects places where their state is drawn (Santa Lucía south of Washington)', () => {
    const sl = model.places.find((p) => p.id === 'santa-lucia')!;
    const dc = model.places.find((p) => p.id === 'washington')!;
    expect(sl.y).toBeGreaterThan(dc.y);
    expect(sl.x).toBeLessThan(dc.x);
  });

  it('counts transferred people per court and the unknown ones, from the data', () => {
    const moved = d.people.filter((p) => p.transfer !== null);
    expect(model.courts.reduce((n, c) => n + c.n, 0) + model.unknownCourt).toBe(moved.length);
    expect(model.unknownCourt).toBe(moved.filter((p) => p.court === null).length);
  });

  it('draws one arc per arrival with its count', () => {
    for (const t of d.transfers) {
      const m = model.transfers.find((x) => x.id === t.id)!;
      expect(m.arrivals.map((a) => [a.place, a.n])).toEqual(t.arrivals.map((a) => [a.place, a.count]));
      for (const a of m.arrivals) expect(a.d).toMatch(/^M[\d.-]+ [\d.-]+Q/);
    }
  });
});

describe('compactPath', () => {
  it.each([
    ['M10,20L30.04,20L30,45Z', 1, [[10, 20], [30, 20], [30, 45]]],
    ['M10,20L30,20ZM5.5,5L6,6Z', 1, [[10, 20], [30, 20], [5.5, 5], [6, 6]]],
    ['M-10.26,0.04L0.06,-0.01Z', 1, [[-10.3, 0], [0.1, 0]]]
  ] as [string, number, [number, number][]][])('%s round-trips to the rounded points', (d, digits, pts) => {
    expect(absolute(compactPath(d, digits))).toEqual(pts);
  });

  it('keeps whole numbers whole at 0 digits (30 stays 30)', () => {
    expect(compactPath('M30,100L60,100Z', 0)).toBe('m30 100 30 0z');
  });
});

describe('fitZoom and arcPath', () => {
  it('centres a box and caps the zoom', () => {
    const [k, tx, ty] = fitZoom([[0, 0], [100, 100]], 0, 100);
    expect(k).toBe(6);
    expect(50 * k + tx).toBeCloseTo(W / 2, 0);
    expect(50 * k + ty).toBeCloseTo(H / 2, 0);
    expect(fitZoom([[0, 0], [1, 1]], 0, 8)[0]).toBe(8);
  });
  it('bows flights to one side', () => {
    expect(arcPath([0, 0], [100, 0])).toBe('M0 0Q50 -20 100 0');
  });
});
