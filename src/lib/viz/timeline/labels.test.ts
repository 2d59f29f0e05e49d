import { describe, expect, it } from 'vitest';
import { layoutLabels, wrap, type LabelOptions } from './labels';

describe('wrap', () => {
  it.each([
    ['Caro Quintero recaptured in Sinaloa', 20, 3],
    ['Trump replaces the voided tariffs with a temporary global duty', 25, 2],
    ['Supercalifragilisticexpialidocious is long', 10, 3],
    ['Short', 40, 1]
  ])('%s at %i characters, %i lines: every line fits', (text, max, lines) => {
    const out = wrap(text, max, lines);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(lines);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(max);
  });

  it('keeps every word when the text fits, and marks a cut with an ellipsis', () => {
    expect(wrap('El Mayo pleads guilty', 13, 2)).toEqual(['El Mayo', 'pleads guilty']);
    const cut = wrap('Mexico’s Supreme Court reverses Caro Quintero’s release', 16, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

const opts: LabelOptions = { top: 0, bottom: 200, width: 120, fontSize: 12, lineHeight: 15, gap: 3, maxLines: 2 };

function assertNoOverlap(placed: ReturnType<typeof layoutLabels>, o: LabelOptions) {
  const sorted = [...placed].sort((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    const l = sorted[i]!;
    expect(l.y).toBeGreaterThanOrEqual(o.top - 0.05);
    expect(l.y + l.height).toBeLessThanOrEqual(o.bottom + 0.05);
    if (i) expect(l.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height - 0.05);
  }
}

describe('layoutLabels', () => {
  it('leaves isolated labels centred on their marks', () => {
    const out = layoutLabels(
      [
        { key: 0, anchor: 40, text: 'One', priority: 0 },
        { key: 1, anchor: 150, text: 'Two', priority: 0 }
      ],
      opts
    );
    expect(out.map((l) => l.y + l.height / 2)).toEqual([40, 150]);
  });

  it('spreads labels whose marks coincide, keeping their order', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ key: i, anchor: 100, text: `Event ${i}`, priority: 0 }));
    const out = layoutLabels(items, opts);
    expect(out).toHaveLength(6);
    assertNoOverlap(out, opts);
    expect(out.map((l) => l.key)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('pushes labels crowded at an edge back inside', () => {
    const items = Array.from({ length: 4 }, (_, i) => ({ key: i, anchor: 199, text: `Late event ${i}`, priority: 0 }));
    assertNoOverlap(layoutLabels(items, opts), opts);
  });

  it('drops the least important labels when the column is full, never the priority ones', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ key: i, anchor: i * 6, text: `Event number ${i}`, priority: i % 10 === 0 ? 1 : 0 }));
    const out = layoutLabels(items, opts);
    expect(out.length).toBeLessThan(30);
    assertNoOverlap(out, opts);
    for (const k of [0, 10, 20]) expect(out.some((l) => l.key === k)).toBe(true);
  });
});
