import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, whenIdle, type Deadline } from './idle';

const later = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the browser idle callback, with a timeout, and cancels it', () => {
    const ric = vi.fn((_f: (d: Deadline) => void, _o?: { timeout: number }) => 7);
    const cic = vi.fn();
    vi.stubGlobal('requestIdleCallback', ric);
    vi.stubGlobal('cancelIdleCallback', cic);
    const cancel = whenIdle(() => {}, 900);
    expect(ric).toHaveBeenCalledTimes(1);
    expect(ric.mock.calls[0]![1]).toEqual({ timeout: 900 });
    cancel();
    expect(cic).toHaveBeenCalledWith(7);
  });

  it('without idle callbacks, runs later with a deadline that runs out', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let seen: number[] = [];
    whenIdle((d) => {
      seen = [d.timeRemaining()];
      const until = performance.now() + 10;
      while (performance.now() < until);
      seen.push(d.timeRemaining());
    });
    expect(seen).toEqual([]);
    await later(120);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThanOrEqual(8);
    expect(seen[1]).toBe(0);
  });

  it('without idle callbacks, a cancelled call never runs', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const f = vi.fn();
    whenIdle(f)();
    await later(120);
    expect(f).not.toHaveBeenCalled();
  });
});

describe('afterPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  // A stand-in for frames: callbacks queued until the test paints one.
  function frames() {
    let queue: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => queue.push(f));
    vi.stubGlobal('cancelAnimationFrame', (h: number) => (queue[h - 1] = () => {}));
    return () => {
      const q = queue;
      queue = [];
      for (const f of q) f(0);
    };
  }

  it('runs in a task of its own after the next frame, not inside it', async () => {
    const paint = frames();
    const f = vi.fn();
    afterPaint(f);
    await later(20);
    expect(f).not.toHaveBeenCalled();
    paint();
    expect(f).not.toHaveBeenCalled();
    await later(20);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame and between the frame and its task', async () => {
    const paint = frames();
    const a = vi.fn();
    const b = vi.fn();
    afterPaint(a)();
    const cancelB = afterPaint(b);
    paint();
    cancelB();
    await later(20);
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });
});
