// static/embed.js, the host snippet, run in jsdom: it sizes only its own frames, from their own windows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_CASES } from './host-cases';

const SOURCE = readFileSync(join(process.cwd(), 'static/embed.js'), 'utf8');

let ours: HTMLIFrameElement;
let other: HTMLIFrameElement;
let optedOut: HTMLIFrameElement;

function frame(attrs: Record<string, string>): HTMLIFrameElement {
  const f = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  document.body.append(f);
  return f;
}

function post(data: unknown, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'http://127.0.0.1:1' }));
}

const errors: unknown[] = [];
const onError = (e: ErrorEvent) => errors.push(e.error);

beforeAll(() => {
  window.addEventListener('error', onError);
  ours = frame({ 'data-handover-embed': '', style: 'height: 150px' });
  other = frame({ 'data-handover-embed': '', style: 'height: 150px' });
  optedOut = frame({ style: 'height: 150px' });
  // Loading it twice must not double the listeners.
  new Function(SOURCE)();
  new Function(SOURCE)();
});
afterAll(async () => {
  // The snippet answers DOM changes after a 50 ms coalescing timer; let the last one fire while the document
  // still exists (on a loaded machine it otherwise fired after jsdom was torn down).
  await new Promise((ok) => setTimeout(ok, 80));
  window.removeEventListener('error', onError);
});

describe('static/embed.js', () => {
  it('is ES2017 and dependency-free: no import, no require, no optional chaining, no class fields', () => {
    expect(SOURCE).not.toMatch(/\bimport\b|\brequire\(|\?\.|\?\?/);
    expect(SOURCE.length).toBeLessThan(4096);
  });

  it('turns off the inner scrollbar of the frames it manages', () => {
    expect(ours.getAttribute('scrolling')).toBe('no');
    expect(optedOut.getAttribute('scrolling')).toBeNull();
  });

  it.each(HOST_CASES)('from the frame itself: %s', (_name, data, height) => {
    ours.style.height = '150px';
    post(data, ours.contentWindow);
    expect(ours.style.height).toBe(height === null ? '150px' : `${height}px`);
    expect(other.style.height).toBe('150px');
  });

  it('sizes each frame only from its own window', () => {
    post('pymxPYMxanyxPYMxheightxPYMx333', other.contentWindow);
    expect(other.style.height).toBe('333px');
    expect(other.getAttribute('height')).toBe('333');
    expect(ours.style.height).toBe('150px');
  });

  it.each([
    ['the host window itself', () => window],
    ['a frame that did not opt in', () => optedOut.contentWindow],
    ['no source', () => null]
  ])('ignores valid heights from %s', (_name, source) => {
    const before = [ours, other, optedOut].map((f) => f.style.height);
    post('pymxPYMxanyxPYMxheightxPYMx999', source());
    post({ 'datawrapper-height': { 'handover-map': 999 } }, source());
    expect([ours, other, optedOut].map((f) => f.style.height)).toEqual(before);
  });

  it('raised no error on any of it', () => {
    expect(errors).toEqual([]);
  });

  it('asks each frame for its height when it starts, in case the embed spoke first', () => {
    const f = frame({ 'data-handover-embed': '' });
    const spy = vi.spyOn(f.contentWindow!, 'postMessage');
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(spy).toHaveBeenCalledWith(expect.stringMatching(/^pymxPYMx\S+xPYMxwidthxPYMx\d+$/), '*');
        done();
      }, 120)
    );
  });
});
