import { describe, expect, it } from 'vitest';
import type { Dataset, Tie } from '$lib/data/schema';
import section from '$lib/story/sections/families';
import { buildNetworkModel } from './model';
import { textWidth } from './layout';
import { networkSceneState, type NetworkScene } from './state';
import { blockHeader, SEMIBOLD, nearView, pictureFor, renderScale, restingViewBox, sceneViewBox, viewPlacement, type ViewBox } from './view';
import { describeNetwork, nodeLabel, tiesOf } from './words';
import { clusters } from '$lib/story/clusters';
import { testDatasets } from './test-datasets';

/** An independent reading of a descriptor: grow each reach's set ring by ring over the raw ties. */
function expectedSet(ties: Tie[], scene: NetworkScene, all: string[]): Set<string> {
  if (scene.highlight === 'all') return new Set(all);
  const out = new Set<string>();
  for (const r of scene.highlight) {
    if (!all.includes(r.from)) continue;
    let ring = new Set([r.from]);
    const got = new Set([r.from]);
    for (let k = 0; k < (r.via?.length ? (r.depth ?? 1) : 0); k++) {
      const next = new Set<string>();
      for (const t of ties) {
        if (!r.via!.includes(t.relation)) continue;
        if (ring.has(t.source) && !got.has(t.target)) next.add(t.target);
        if (ring.has(t.target) && !got.has(t.source)) next.add(t.source);
      }
      next.forEach((n) => got.add(n));
      ring = next;
    }
    got.forEach((n) => out.add(n));
  }
  return out;
}

describe.each(testDatasets())('scenes on %s', (_, d: Dataset) => {
  const model = buildNetworkModel(d, clusters(d));
  const steps = section(d, 'en').steps;
  const all = model.nodes.map((n) => n.id);

  it('every network step has a network scene and a unique families-* id', () => {
    expect(steps.length).toBeGreaterThan(0);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    for (const s of steps) {
      expect(s.id).toMatch(/^families-[a-z0-9-]+$/);
      expect(s.scene.visual).toBe('network');
    }
  });

  it.each(steps.map((s) => [s.id, s] as const))('%s highlights what its descriptor reaches in the ties', (_, step) => {
    const scene = (step.scene as { network: NetworkScene }).network;
    const st = networkSceneState(model, scene);
    const got = new Set([...st.nodes].map((i) => model.nodes[i]!.id));
    expect(got).toEqual(expectedSet(d.ties, scene, all));
    // A highlighted edge is a tie whose both ends are highlighted.
    const edges = new Set([...st.edges].map((i) => model.edges[i]!.id));
    expect(edges).toEqual(new Set(d.ties.filter((t) => got.has(t.source) && got.has(t.target)).map((t) => t.id)));
    expect(st.focus === null ? null : model.nodes[st.focus]!.id).toBe(scene.focus ?? null);
    // Every scene but the overview singles something out.
    expect(got.size < all.length).toBe(scene.highlight !== 'all');
  });

  it('every edge has at least one source, and sources resolve to a URL', () => {
    for (const e of model.edges) {
      expect(e.src.length).toBeGreaterThan(0);
      for (const s of e.src) expect(model.sources[s]!.url).toMatch(/^https?:\/\//);
    }
    expect(model.edges.length).toBe(d.ties.filter((t) => t.sources.length).length);
  });

  it('lists a node’s ties: all of them, each once', () => {
    model.nodes.forEach((n, i) => {
      const expected = d.ties.filter((t) => t.source === n.id || t.target === n.id).map((t) => t.id).sort();
      expect(tiesOf(model, i).map((k) => model.edges[k]!.id).sort()).toEqual(expected);
    });
  });

  it('gives each node its number of ties in its accessible name', () => {
    model.nodes.forEach((n, i) => {
      const k = d.ties.filter((t) => t.sources.length && (t.source === n.id || t.target === n.id)).length;
      expect(nodeLabel(model, i)).toMatch(new RegExp(`, ${k} ties?$`));
      expect(nodeLabel(model, i, 'es')).toMatch(new RegExp(`, ${k} lazos?$`));
    });
    expect(model.nodes.some((_, i) => /, [2-9]\d* ties$/.test(nodeLabel(model, i)))).toBe(true);
  });

  it('describes each scene with its counts', () => {
    expect(steps.filter((s) => (s.scene as { network: NetworkScene }).network.focus).length).toBeGreaterThan(0);
    for (const s of steps) {
      const scene = (s.scene as { network: NetworkScene }).network;
      const st = networkSceneState(model, scene);
      const text = describeNetwork(model, scene);
      expect(text.startsWith(scene.title)).toBe(true);
      const ties = st.edges.size;
      expect(text).toContain(ties === 1 ? 'one tie' : ties <= 10 ? ' ties' : `${ties} ties`);
      const named = [...d.people, ...d.organizations].find((r) => r.id === scene.focus)?.name ?? null;
      expect(/ In focus: (.+?), with /.exec(text)?.[1] ?? null, s.id).toBe(named);
    }
  });

  it('a phone zooms each non-overview scene to a band that holds its highlighted nodes', () => {
    for (const s of steps) {
      const scene = (s.scene as { network: NetworkScene }).network;
      const st = networkSceneState(model, scene);
      const vb = sceneViewBox(model, 'narrow', st);
      const f = model.frames.narrow;
      for (const i of st.nodes) {
        expect(f.xy[2 * i + 1]!).toBeGreaterThanOrEqual(vb.y);
        expect(f.xy[2 * i + 1]!).toBeLessThanOrEqual(vb.y + vb.h);
      }
    }
  });
});

describe.each(testDatasets())('the phone chart on %s', (_, d: Dataset) => {
  const model = buildNetworkModel(d, clusters(d));
  const scenes = section(d, 'en').steps.map((s) => (s.scene as { network: NetworkScene }).network);

  it('a still picture stands in for the overview only, and only on a phone', () => {
    for (const scene of scenes) {
      expect(pictureFor('narrow', scene)).toBe(scene.highlight === 'all');
      expect(pictureFor('wide', scene)).toBe(false);
    }
  });

  it('the overview picture names every block within the block, at 8px or more on a phone', () => {
    const f = model.frames.wide;
    const scale = renderScale('narrow', { x: 0, y: 0, w: f.w, h: f.h });
    model.clusters.forEach((_, c) => {
      const h = blockHeader(model, 'wide', c, false, scale);
      const right = f.boxes[4 * c]! + f.boxes[4 * c + 2]!;
      for (const line of h.lines) expect(h.x + textWidth(line, h.font) * SEMIBOLD, model.clusters[c]!.label).toBeLessThanOrEqual(right - 4);
      expect(h.lines.length).toBeLessThanOrEqual(2);
      expect(h.font * scale).toBeGreaterThanOrEqual(8);
    });
  });

  it('every scene the chart itself shows on a phone, and its resting view, share one scale', () => {
    // One scale is what lets a step change only move the chart (and keep every name drawn): a new
    // scale would lay out every name again.
    const views = [restingViewBox(model, 'narrow'), ...scenes.filter((s) => !pictureFor('narrow', s)).map((s) => sceneViewBox(model, 'narrow', networkSceneState(model, s)))];
    const scales = new Set(views.map((vb) => renderScale('narrow', vb).toFixed(6)));
    expect(scales.size).toBe(1);
    // The phone's 374 px box across the 390-unit frame.
    expect([...scales]).toEqual(['0.958974']);
  });
});

/** Evaluates one of viewPlacement's CSS expressions for a stage of w×h px. */
function evalCss(expr: string, w: number, h: number): number[] {
  const js = expr
    .replace(/(\d+(?:\.\d+)?)cqw/g, (_, n) => `(${n} * ${w} / 100)`)
    .replace(/(\d+(?:\.\d+)?)cqh/g, (_, n) => `(${n} * ${h} / 100)`)
    .replace(/min\(/g, 'Math.min(')
    .replace(/calc\(/g, '(')
    .replace(/^translate\((.*)\)$/, '[$1]');
  expect(js).toMatch(/^[\d\s.+\-*/(),[\]Mathmin]+$/);
  const v = new Function(`return ${js}`)() as number | number[];
  return Array.isArray(v) ? v : [v];
}

describe('viewPlacement', () => {
  const frame = { w: 390, h: 1500 };
  it.each([
    // The scale k, worked by hand: the smaller of stage/view box across and down (374/390 is 0.958974…).
    ['a band on a phone', { x: 0, y: 360, w: 390, h: 300 }, 374, 636, 374 / 390],
    ['a tall band in a short box', { x: 0, y: 200, w: 390, h: 900 }, 374, 500, 500 / 900],
    ['the whole frame', { x: 0, y: 0, w: 390, h: 1500 }, 829, 720, 0.48],
    ['a band in a wide box', { x: 0, y: 1000, w: 390, h: 320 }, 1200, 300, 0.9375]
  ] as [string, ViewBox, number, number, number][])('%s: fits the view box in the stage and centres it, as a viewBox would', (_, vb, w, h, k) => {
    const css = viewPlacement(frame, vb);
    const [width] = evalCss(css.width, w, h);
    const [height] = evalCss(css.height, w, h);
    const [tx, ty] = evalCss(css.transform, w, h);
    expect(width).toBeCloseTo(390 * k, 6);
    expect(height).toBeCloseTo(1500 * k, 6);
    // The view box's corners, placed: inside the stage, touching it on the side that limits the scale.
    const left = tx! + vb.x * k;
    const top = ty! + vb.y * k;
    const right = left + vb.w * k;
    const bottom = top + vb.h * k;
    expect(left).toBeGreaterThanOrEqual(-1e-6);
    expect(top).toBeGreaterThanOrEqual(-1e-6);
    expect(right).toBeLessThanOrEqual(w + 1e-6);
    expect(bottom).toBeLessThanOrEqual(h + 1e-6);
    expect(Math.min(Math.abs(right - left - w), Math.abs(bottom - top - h))).toBeCloseTo(0, 6);
    expect((left + right) / 2).toBeCloseTo(w / 2, 6);
    expect((top + bottom) / 2).toBeCloseTo(h / 2, 6);
  });
});

describe('the ties a model keeps', () => {
  it('drops a tie without a source and a tie to an unknown id', () => {
    const d = testDatasets()[0]![1];
    const base = d.ties[0]!;
    const withBad = {
      ...d,
      ties: [...d.ties, { ...base, id: 'no-source', sources: [] }, { ...base, id: 'ghost', target: 'nobody-at-all' }]
    };
    const ids = buildNetworkModel(withBad, clusters(withBad)).edges.map((e) => e.id);
    expect(ids).not.toContain('no-source');
    expect(ids).not.toContain('ghost');
    expect(ids).toContain(base.id);
  });
});

describe('nearView', () => {
  // The phone box is 374×640 CSS px: a 390-wide view box is drawn at 374/390, so the box shows
  // 640 / (374/390) ≈ 667 units of height around the view box's centre.
  const band = { x: 0, y: 1000, w: 390, h: 300 };
  it.each([
    ['the view box centre', 1150, true],
    ['just past the view box, still in the box', 1150 + 330, true],
    ['within the margin for taller boxes', 1150 + 440, true],
    ['far below', 1150 + 700, false],
    ['far above', 1150 - 700, false]
  ])('a cluster band on a phone: %s', (_, y, near) => expect(nearView('narrow', band)(y)).toBe(near));

  it('the whole frame is near when the view box is the whole frame', () => {
    const full = { x: 0, y: 0, w: 1000, h: 1030 };
    for (const y of [0, 500, 1030]) expect(nearView('wide', full)(y)).toBe(true);
  });
});
