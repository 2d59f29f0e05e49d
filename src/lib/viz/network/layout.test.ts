import { describe, expect, it } from 'vitest';
import section from '$lib/story/sections/families';
import { clusters } from '$lib/story/clusters';
import { buildNetworkModel, type NetworkModel } from './model';
import {
  BOXES,
  FRAMES,
  clusterHeaderBox,
  labelAnchor,
  labelBox,
  PLACEMENTS,
  labelSize,
  nodeBox,
  overlaps,
  placeLabels,
  textWidth,
  type FrameId
} from './layout';
import { networkSceneState, type NetworkScene } from './state';
import { labelsReadable, layoutFor, renderScale, sceneViewBox } from './view';
import { shuffled, testDatasets } from './test-datasets';

const sets = testDatasets();
const frames = Object.keys(FRAMES) as FrameId[];

/** Coordinates by node id, so two models can be compared whatever their node order. */
function positions(m: NetworkModel) {
  const out: Record<string, unknown> = {};
  for (const f of frames)
    m.nodes.forEach((n, i) => {
      out[`${f}:${n.id}`] = [m.frames[f].xy[2 * i], m.frames[f].xy[2 * i + 1], m.frames[f].lab[i]];
    });
  return out;
}

describe('placeLabels', () => {
  it('puts a label below its node when nothing is in the way', () => {
    expect(placeLabels([{ x: 100, y: 100, lines: ['Name'] }], 12, { x: 0, y: 0, w: 400, h: 400 })).toEqual([0]);
  });
  it('moves a label off a node right below it', () => {
    // The second node sits where the first label would go, so that label goes elsewhere.
    const got = placeLabels(
      [
        { x: 100, y: 100, lines: ['First'] },
        { x: 100, y: 118, lines: ['Second'] }
      ],
      12,
      { x: 0, y: 0, w: 400, h: 400 }
    );
    expect(got[0]).not.toBe(0);
    const a = labelBox(100, 100, labelSize(['First'], 12), got[0]!);
    expect(overlaps(a, nodeBox(100, 118))).toBe(false);
  });
  it('keeps a label inside the frame at its left edge', () => {
    const [code] = placeLabels([{ x: 12, y: 100, lines: ['A rather long name'] }], 12, { x: 0, y: 0, w: 400, h: 400 });
    expect(labelBox(12, 100, labelSize(['A rather long name'], 12), code!).x).toBeGreaterThanOrEqual(0);
  });
  it('estimates wide letters wider than narrow ones', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10) * 2);
  });
});

describe.each(sets)('layout of %s', (_, d) => {
  const model = buildNetworkModel(d, clusters(d));

  it('is deterministic: built twice, the same coordinates', () => {
    expect(buildNetworkModel(d, clusters(d)).frames).toEqual(model.frames);
  });

  it('does not depend on the order of the input records', () => {
    for (const seed of [1, 2, 3]) {
      const mixed = {
        ...d,
        people: shuffled(d.people, seed),
        organizations: shuffled(d.organizations, seed + 10),
        ties: shuffled(d.ties, seed + 20),
        sources: shuffled(d.sources, seed + 30)
      };
      expect(positions(buildNetworkModel(mixed, clusters(mixed)))).toEqual(positions(model));
    }
  });

  it('stores coordinates rounded to one decimal', () => {
    for (const f of frames) for (const v of model.frames[f].xy) expect(Math.round(v * 10) / 10).toBe(v);
  });

  it('has one node per tied person or organization, each drawn once', () => {
    const tied = new Set(d.ties.flatMap((t) => [t.source, t.target]));
    expect(new Set(model.nodes.map((n) => n.id))).toEqual(tied);
    expect(model.nodes.length).toBe(tied.size);
  });

  it('keeps each cluster contiguous in node (and so keyboard) order', () => {
    const seq = model.nodes.map((n) => n.c);
    for (let i = 1; i < seq.length; i++) expect(seq[i]!).toBeGreaterThanOrEqual(seq[i - 1]!);
  });

  const steps = section(d, 'en').steps;
  const scenes: [string, NetworkScene][] = steps.map((s) => [s.id, (s.scene as { network: NetworkScene }).network]);

  describe.each([
    [390, 'narrow'],
    [1440, 'wide']
  ] as const)('at %i px', (px, frameId) => {
    const f = model.frames[frameId];
    const boxes = model.nodes.map((n, i) => labelBox(f.xy[2 * i]!, f.xy[2 * i + 1]!, labelSize(n.lines, f.font), f.lab[i]!));

    it('uses the frame meant for that width', () => expect(BOXES[frameId].viewport).toBe(px));

    it('no two labels overlap, and no label covers another node', () => {
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          if (overlaps(boxes[i]!, boxes[j]!)) clashes.push(`${model.nodes[i]!.id} × ${model.nodes[j]!.id}`);
        model.nodes.forEach((n, j) => {
          if (j !== i && overlaps(boxes[i]!, nodeBox(f.xy[2 * j]!, f.xy[2 * j + 1]!))) clashes.push(`${model.nodes[i]!.id} on ${n.id}`);
        });
      }
      expect(clashes).toEqual([]);
    });

    it('no label runs into a cluster name or out of the frame', () => {
      const heads = model.clusters.map((c, k) => clusterHeaderBox(f.boxes, k, c.label, f.font));
      for (const b of boxes) {
        for (const h of heads) expect(overlaps(b, h)).toBe(false);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(f.w);
      }
      heads.forEach((h, k) => expect(h.x + h.w).toBeLessThanOrEqual(f.boxes[4 * k]! + f.boxes[4 * k + 2]!));
    });

    it.each(scenes)('scene %s: names are drawn at 11px or more, or not at all', (_, scene) => {
      const layout = layoutFor(frameId, scene);
      const vb = sceneViewBox(model, layout, networkSceneState(model, scene));
      const shown = labelsReadable(frameId, vb, model.frames[layout].font);
      if (shown) expect(model.frames[layout].font * renderScale(frameId, vb)).toBeGreaterThanOrEqual(11);
      // Only the whole-network overview may drop names (on a phone); every other scene shows them.
      if (scene.highlight !== 'all') expect(shown).toBe(true);
    });
  });
});

describe('label geometry, one table for the layout and the component', () => {
  it.each(PLACEMENTS.map((p, k) => [p, k] as const))('%s: the drawn anchor sits on the laid-out box where its text-anchor says', (_, k) => {
    const size = { w: 40, h: 24 };
    const box = labelBox(100, 200, size, k);
    const a = labelAnchor(2, k);
    const x = 100 + a.x;
    const expectX = { start: box.x, middle: box.x + box.w / 2, end: box.x + box.w }[a.anchor];
    expect(x).toBeCloseTo(expectX, 6);
    // The anchor's y is the box's top (lines hang below), bottom (above the node) or middle (beside it).
    expect([box.y, box.y + box.h, box.y + box.h / 2]).toContain(200 + a.y);
  });

  it('hangs a label above its node by its own height, and below it by nothing', () => {
    expect(labelAnchor(2, PLACEMENTS.indexOf('above')).dy).toBe(`${Math.round((0.9 - 2 * 1.2) * 100) / 100}em`);
    expect(labelAnchor(2, PLACEMENTS.indexOf('below')).dy).toBe('0.9em');
  });
});
