import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlFollower } from './follow-url';

/** A stand-in for WebKit's history: refuses calls past `limit` within `windowMs`, as WebKit does. */
function limitedHistory(limit = 100, windowMs = 10_000) {
  const calls: { at: number; id: string | null; ok: boolean }[] = [];
  let windowStart = -Infinity;
  let used = 0;
  const write = (id: string | null) => {
    const now = Date.now();
    if (now - windowStart > windowMs) {
      windowStart = now;
      used = 0;
    }
    if (used >= limit) {
      calls.push({ at: now, id, ok: false });
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError');
    }
    used++;
    calls.push({ at: now, id, ok: true });
  };
  return { calls, write, spend: (n: number) => void (used += n, (windowStart = Date.now())) };
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('createUrlFollower', () => {
  it('writes a burst of steps once, holdMs after the last one', () => {
    const h = limitedHistory();
    const f = createUrlFollower(h.write);
    for (let i = 0; i < 200; i++) {
      f.follow(`s${i}`);
      vi.advanceTimersByTime(45);
    }
    expect(h.calls).toEqual([]);
    vi.advanceTimersByTime(300 - 45);
    expect(h.calls).toEqual([{ at: 200 * 45 + 255, id: 's199', ok: true }]);
  });

  it('never writes more than one step per holdMs, however the reader moves', () => {
    const h = limitedHistory();
    const f = createUrlFollower(h.write);
    // Steps held for 310 ms each, the slowest that still writes every one: 10 s of them.
    for (let i = 0; i < 33; i++) {
      f.follow(`s${i}`);
      vi.advanceTimersByTime(310);
    }
    expect(h.calls.map((c) => c.id)).toEqual(Array.from({ length: 33 }, (_, i) => `s${i}`));
    const gaps = h.calls.slice(1).map((c, i) => c.at - h.calls[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(300);
    expect(h.calls.every((c) => c.ok)).toBe(true);
  });

  it('the same step reported again keeps the time it has already held', () => {
    const h = limitedHistory();
    const f = createUrlFollower(h.write);
    f.follow('a');
    vi.advanceTimersByTime(200);
    f.follow('a');
    vi.advanceTimersByTime(100);
    expect(h.calls.map((c) => c.id)).toEqual(['a']);
  });

  it('after a refused write it tries again, and follows every later step once the window has passed', () => {
    const h = limitedHistory();
    const f = createUrlFollower(h.write);
    h.spend(100);
    f.follow('a');
    vi.advanceTimersByTime(300);
    expect(h.calls).toEqual([{ at: 300, id: 'a', ok: false }]);
    f.follow('b');
    vi.advanceTimersByTime(9_000);
    // Refused at 600 and then every second until the window that opened at 0 has passed.
    expect(h.calls.filter((c) => c.ok)).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(h.calls.filter((c) => c.ok)).toEqual([{ at: 10_600, id: 'b', ok: true }]);
    f.follow('c');
    vi.advanceTimersByTime(300);
    expect(h.calls.at(-1)).toEqual({ at: 11_600, id: 'c', ok: true });
  });

  it('a write that throws anything else is retried too', () => {
    let fail = true;
    const seen: (string | null)[] = [];
    const f = createUrlFollower((id) => {
      if (fail) throw new Error('boom');
      seen.push(id);
    });
    f.follow(null);
    vi.advanceTimersByTime(300);
    fail = false;
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([null]);
  });

  it('flush writes what is pending at once; cancel drops it', () => {
    const h = limitedHistory();
    const f = createUrlFollower(h.write);
    f.follow('a');
    f.flush();
    expect(h.calls.map((c) => c.id)).toEqual(['a']);
    f.follow('b');
    f.cancel();
    vi.advanceTimersByTime(5_000);
    expect(h.calls.map((c) => c.id)).toEqual(['a']);
  });
});
