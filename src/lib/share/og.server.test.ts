import { describe, expect, it } from 'vitest';
import { card, cardPng } from './og.server';

const text = { title: 'The courts', summary: 'Where the transferred face charges.', site: 'Handover' };
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('card', () => {
  it('survives a scene resvg aborts on (a dimmed group wholly off the canvas) by folding its layers, and still draws the scene', () => {
    // resvg 2.6 panics, killing its process, on a compositing layer beyond the canvas's right edge.
    const scene =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#00ff00"/>' +
      '<g style="opacity:.5"><circle cx="5000" cy="20" r="3"/></g></svg>';
    const made = card({ ...text, scene });
    expect(made.scene).toBe('folded');
    expect(made.svg).toContain('fill="#00ff00"');
    expect(pngSize(made.png)).toEqual([1200, 630]);
    expect(made.png.equals(cardPng({ ...text, scene: null }))).toBe(false);
  });

  it('draws a scene resvg takes as it is', () => {
    const scene = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#00ff00"/></svg>';
    expect(card({ ...text, scene }).scene).toBe('drawn');
  });

  it('fails naming the card when the scene cannot be drawn at all, rather than sending a card without it', () => {
    const scene = '<svg xmlns="http://www.w3.org/2000/svg"><g style="opacity:.5"><circle cx="5000" r="3"/></g><unclosed></svg>';
    expect(() => card({ ...text, scene, name: 'section "courts"' })).toThrow('share card for section "courts": resvg failed on its scene');
  });
});
