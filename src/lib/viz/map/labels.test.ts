import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { localize } from '$lib/data/localize';
import type { Lang } from '$lib/i18n/lang';
import { scenesFor } from '$lib/story';
import { H, W } from './frame';
import { LABEL_PX, layoutLabels, mapWidthFor, overlaps, type LabelInput } from './labels';
import { buildMapModel } from './model';
import { labelItems, mapSceneState, type MapScene } from './scene';

const VIEWPORTS = [320, 390, 768, 1440];
// The fixture and the real dataset, always (data/ is in the repo); HANDOVER_DATA adds another.
const DATA = [...new Set(['tests/fixtures/data/valid', 'data', process.env.HANDOVER_DATA ?? 'data'])];

function check(items: LabelInput[], zoom: [number, number, number], width: number) {
  const labels = layoutLabels(items, zoom, width);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    // Readable: the font is at least 11 CSS px once the viewBox is scaled to the rendered width.
    expect((a.size * width) / W).toBeGreaterThanOrEqual(11);
    expect(a.box[0]).toBeGreaterThanOrEqual(0);
    expect(a.box[2]).toBeLessThanOrEqual(W);
    expect(a.box[1]).toBeGreaterThanOrEqual(0);
    expect(a.box[3]).toBeLessThanOrEqual(H);
    for (let j = i + 1; j < labels.length; j++) expect(overlaps(a.box, labels[j]!.box), `${a.id} × ${labels[j]!.id}`).toBe(false);
    // Clear of every mark, including its own.
    for (const it of items) {
      const sx = it.x * zoom[0] + zoom[1];
      const sy = it.y * zoom[0] + zoom[2];
      expect(overlaps(a.box, [sx - it.r, sy - it.r, sx + it.r, sy + it.r]), `${a.id} over mark ${it.id}`).toBe(false);
    }
  }
  return labels;
}

describe('layoutLabels', () => {
  it('maps viewports to the rendered map width', () => {
    expect(mapWidthFor(390)).toBe(374);
    expect(mapWidthFor(1440)).toBeCloseTo(((1440 - 32) * 3) / 5 - 16, 0);
  });

  it('drops, never overlaps, labels of points piled on one spot', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: 400 + i, y: 300, text: `Place number ${i}`, r: 3, priority: i }));
    for (const v of VIEWPORTS) {
      const labels = check(items, [1, 0, 0], mapWidthFor(v));
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.length).toBeLessThan(items.length);
      // The highest priority gets its label first.
      expect(labels[0]!.id).toBe('p11');
    }
  });

  it('breaks a tie of priority by code point, the same in every locale', () => {
    // Two points on one spot: the first placed takes the right-hand spot. "Zacatecas" < "ajo" by code point
    // (Z is 90, a is 97), though a collator would put "ajo" first.
    const items = ['ajo', 'Zacatecas'].map((id) => ({ id, x: 400, y: 300, text: 'Same place name', r: 3, priority: 2 }));
    for (const v of VIEWPORTS)
      expect(check(items, [1, 0, 0], mapWidthFor(v)).map((l) => [l.id, l.anchor])).toEqual([
        ['Zacatecas', 'start'],
        ['ajo', 'end']
      ]);
  });

  it('keeps the label size constant on screen', () => {
    const item = [{ id: 'a', x: 100, y: 100, text: 'A', r: 2, priority: 1 }];
    for (const v of VIEWPORTS) {
      const w = mapWidthFor(v);
      const [l] = layoutLabels(item, [1, 0, 0], w);
      expect((l!.size * w) / W).toBeCloseTo(LABEL_PX, 1);
    }
  });

  it('skips points outside the frame', () => {
    expect(layoutLabels([{ id: 'a', x: -10, y: 100, text: 'A', r: 2, priority: 1 }], [1, 0, 0], 400)).toEqual([]);
  });

  // Each edition: the Spanish one's labels are the records' Spanish names (Ciudad de México), often longer.
  const editions: [string, Lang][] = [...DATA.map((dir): [string, Lang] => [dir, 'en']), ['data', 'es']];
  for (const [dir, lang] of editions) {
    it(`no overlaps in any map scene of the story (${dir}, ${lang}) at 320, 390, 768 and 1440 px`, () => {
      const d = localize(loadDataset(dir), lang);
      const model = buildMapModel(d);
      const scenes: MapScene[] = scenesFor(d, 'map', lang);
      expect(scenes.length).toBeGreaterThan(0);
      for (const scene of scenes) {
        const st = mapSceneState(model, scene);
        const items = labelItems(model, st);
        for (const v of VIEWPORTS) check(items, st.zoom, mapWidthFor(v));
      }
    });
  }
});
