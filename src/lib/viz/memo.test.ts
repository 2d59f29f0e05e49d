import { describe, expect, it } from 'vitest';
import { perScene } from './memo';

describe('perScene', () => {
  it('works a scene out once per model and scene object, and hands every caller that result', () => {
    const calls: string[] = [];
    const f = perScene((m: { id: string }, s: { k: number }) => {
      calls.push(`${m.id}:${s.k}`);
      return { k: s.k * 2 };
    });
    const a = { id: 'a' };
    const b = { id: 'b' };
    const s1 = { k: 1 };
    const first = f(a, s1);
    expect(f(a, s1)).toBe(first);
    // Another model, or an equal but different scene object, is its own entry.
    expect(f(b, s1)).not.toBe(first);
    expect(f(a, { k: 1 })).toEqual(first);
    expect(calls).toEqual(['a:1', 'b:1', 'a:1']);
  });

  it('remembers a result that is falsy', () => {
    let n = 0;
    const f = perScene((_m: object, _s: object) => (n++, ''));
    const m = {};
    const s = {};
    f(m, s);
    f(m, s);
    expect(n).toBe(1);
  });
});
