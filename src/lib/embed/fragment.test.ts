import { describe, expect, it } from 'vitest';
import { followFragment, readFragment } from './fragment';

describe('readFragment', () => {
  it.each([
    ['#courts-path', 'courts-path'],
    ['#caf%C3%A9', 'café'],
    ['', ''],
    ['#%E0%A4%A', null]
  ])('%j → %j', (hash, expected) => {
    expect(readFragment(hash)).toBe(expected);
  });
});

describe('followFragment', () => {
  it('reports the fragment now and on each change, and stops after clean-up', () => {
    const seen: (string | null)[] = [];
    location.hash = '#a';
    const stop = followFragment((id) => seen.push(id));
    location.hash = '#b';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    stop();
    location.hash = '#c';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(seen).toEqual(['a', 'b']);
  });
});
