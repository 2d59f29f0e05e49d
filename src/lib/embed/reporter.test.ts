// The height reporter in jsdom: what it posts, when, and that it answers the host's request.
import { afterEach, describe, expect, it } from 'vitest';
import { startHeightReporter } from './reporter';

function box(height: number) {
  const el = document.createElement('div');
  let h = height;
  el.getBoundingClientRect = () => ({ height: h }) as DOMRect;
  return { el, set: (v: number) => (h = v) };
}
const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(null)));
let stop: () => void = () => {};
afterEach(() => stop());

describe('startHeightReporter', () => {
  it('posts both protocols at once when pym made the frame, rounded up', () => {
    const sent: unknown[] = [];
    const { el } = box(480.3);
    stop = startHeightReporter(el, { chartId: 'handover-map', childId: 'p1', post: (m) => sent.push(m) });
    expect(sent).toEqual(['pymxPYMxp1xPYMxheightxPYMx481', { 'datawrapper-height': { 'handover-map': 481 } }]);
  });

  it('reports a shrink on resize, and says nothing when the height did not change', async () => {
    const sent: unknown[] = [];
    const b = box(900);
    stop = startHeightReporter(b.el, { chartId: 'c', childId: null, post: (m) => sent.push(m) });
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(sent).toHaveLength(1);
    b.set(300);
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(sent.at(-1)).toEqual({ 'datawrapper-height': { c: 300 } });
    expect(sent).toHaveLength(2);
  });

  it("answers the parent's width/height request, and only the parent's", () => {
    const sent: unknown[] = [];
    const { el } = box(200);
    stop = startHeightReporter(el, { chartId: 'c', childId: null, post: (m) => sent.push(m) });
    // jsdom's top window is its own parent.
    window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxxxPYMxwidthxPYMx320', source: window.parent }));
    expect(sent).toHaveLength(2);
    window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxxxPYMxwidthxPYMx320', source: null }));
    window.dispatchEvent(new MessageEvent('message', { data: 'junk', source: window.parent }));
    expect(sent).toHaveLength(2);
  });

  it('stops when cleaned up', async () => {
    const sent: unknown[] = [];
    const b = box(200);
    startHeightReporter(b.el, { chartId: 'c', childId: null, post: (m) => sent.push(m) })();
    b.set(100);
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(sent).toHaveLength(1);
  });
});
