import { describe, expect, it } from 'vitest';
import { cardPng } from './og.server';

const text = { title: 'The courts', summary: 'Where the transferred face charges.', site: 'Handover' };
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('cardPng', () => {
  it('survives a scene resvg aborts on (a dimmed group wholly off the canvas) and still draws the scene', () => {
    // resvg 2.6 panics, killing its process, on a compositing layer beyond the canvas's right edge.
    const scene =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#00ff00"/>' +
      '<g style="opacity:.5"><circle cx="5000" cy="20" r="3"/></g></svg>';
    const png = cardPng({ ...text, scene });
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(png.equals(cardPng({ ...text, scene: null }))).toBe(false);
  });
});
