import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
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
import { localize } from '$lib/data/localize';
import type { Lang } from '$lib/i18n/lang';

const sets = testDatasets();
// Each dataset in English, and the real data in Spanish too: its block names and organizations' names run longer.
const editions: [string, Dataset, Lang][] = [
  ...sets.map(([name, d]): [string, Dataset, Lang] => [name, d, 'en']),
  ['data in Spanish', localize(sets.find(([name]) => name === 'data')![1], 'es'), 'es']
];
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

describe.each(editions)('layout of %s', (_, d, lang) => {
  const model = buildNetworkModel(d, clusters(d, lang), lang);

  it('is deterministic: built twice, the same coordinates', () => {
    expect(buildNetworkModel(d, clusters(d, lang), lang).frames).toEqual(model.frames);
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
      expect(positions(buildNetworkModel(mixed, clusters(mixed, lang), lang))).toEqual(positions(model));
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

  const steps = section(d, lang).steps;
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

    it.each(scenes)('scene %s: names are drawn (at 11px or more, labelsReadable below)', (_, scene) => {
      const layout = layoutFor(frameId, scene);
      const vb = sceneViewBox(model, layout, networkSceneState(model, scene));
      // Only the whole-network overview drops names: at this density they would be drawn under 11 px.
      expect(labelsReadable(frameId, vb, model.frames[layout].font)).toBe(scene.highlight !== 'all');
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

  // Worked by hand for a two-line label of 40×24 at a node at (100, 200): the node's radius is 9, a label
  // below or above clears it by 2 more, one beside it by 4; lines are 1.2em apart and the first line's
  // baseline sits 0.9em below the top of its line.
  it.each([
    ['below', { x: 80, y: 211 }, { x: 0, y: 11, dy: '0.9em', anchor: 'middle' }],
    ['above', { x: 80, y: 165 }, { x: 0, y: -11, dy: '-1.5em', anchor: 'middle' }],
    ['right', { x: 113, y: 188 }, { x: 13, y: 0, dy: '-0.3em', anchor: 'start' }],
    ['left', { x: 47, y: 188 }, { x: -13, y: 0, dy: '-0.3em', anchor: 'end' }],
    ['below-start', { x: 91, y: 211 }, { x: -9, y: 11, dy: '0.9em', anchor: 'start' }],
    ['below-end', { x: 69, y: 211 }, { x: 9, y: 11, dy: '0.9em', anchor: 'end' }]
  ] as const)('%s: the box and the drawn anchor', (placement, box, anchor) => {
    const k = PLACEMENTS.indexOf(placement);
    expect(labelBox(100, 200, { w: 40, h: 24 }, k)).toEqual({ ...box, w: 40, h: 24 });
    expect(labelAnchor(2, k)).toEqual(anchor);
  });

  it('covers every placement in the table above', () => {
    expect([...PLACEMENTS].sort()).toEqual(['above', 'below', 'below-end', 'below-start', 'left', 'right']);
  });
});

describe('the drawn size of names', () => {
  // The phone's box is 374×640 px and the desktop's 829×720; a view box is drawn at the smaller of the two ratios.
  it.each([
    ['narrow', { x: 0, y: 0, w: 390, h: 300 }, 374 / 390],
    ['narrow', { x: 0, y: 0, w: 390, h: 1280 }, 0.5],
    ['wide', { x: 0, y: 0, w: 1000, h: 600 }, 0.829],
    ['wide', { x: 0, y: 0, w: 1000, h: 1440 }, 0.5]
  ] as const)('%s, view box %o: drawn at %d', (screen, vb, scale) => {
    expect(renderScale(screen, vb)).toBeCloseTo(scale, 9);
  });

  it.each([
    // 12.5 × 374/390 = 11.99 px; 11.4 × 374/390 = 10.93 px; 22 × 0.5 = 11 px exactly; 21.9 × 0.5 = 10.95 px.
    ['narrow', { x: 0, y: 0, w: 390, h: 300 }, 12.5, true],
    ['narrow', { x: 0, y: 0, w: 390, h: 300 }, 11.4, false],
    ['wide', { x: 0, y: 0, w: 1000, h: 1440 }, 22, true],
    ['wide', { x: 0, y: 0, w: 1000, h: 1440 }, 21.9, false]
  ] as const)('%s, view box %o, font %d: readable %s', (screen, vb, font, readable) => {
    expect(labelsReadable(screen, vb, font)).toBe(readable);
  });
});
