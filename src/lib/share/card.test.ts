import { describe, expect, it } from 'vitest';
import { cardSvg, escapeXml, extractSvg, fitSvg, flattenCss, mediaMatches, resolveVars, rootVars, toXml, wrapText } from './card';

describe('wrapText', () => {
  it('wraps on words within the budget', () => {
    expect(wrapText('the quick brown fox jumps over', 10, 5)).toEqual(['the quick', 'brown fox', 'jumps over']);
  });
  it('ends an over-long text with an ellipsis on the last allowed line', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(9);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
  it.each([
    ['', []],
    ['  a  ', ['a']]
  ])('%j → %j', (t, out) => {
    expect(wrapText(t, 10, 3)).toEqual(out);
  });
});

describe('extractSvg', () => {
  it('finds the root svg with nested svgs and self-closed children', () => {
    const html = '<div><p>x</p><svg viewBox="0 0 1 1"><svg><rect/></svg><circle r="1"/></svg><table></table></div>';
    expect(extractSvg(html)).toBe('<svg viewBox="0 0 1 1"><svg><rect/></svg><circle r="1"/></svg>');
  });
  it('returns null without an svg', () => {
    expect(extractSvg('<div>no chart</div>')).toBeNull();
  });
});

describe('fitSvg', () => {
  it('drops width/height and keeps their ratio as a viewBox', () => {
    expect(fitSvg('<svg width="800" height="600" class="a"><g/></svg>')).toBe('<svg viewBox="0 0 800 600" class="a"><g/></svg>');
  });
  it('keeps an existing viewBox', () => {
    expect(fitSvg('<svg viewBox="0 0 4 3" width="100%"></svg>')).toBe('<svg viewBox="0 0 4 3"></svg>');
  });
});

describe('CSS for the rasteriser', () => {
  it.each([
    ['(prefers-color-scheme: dark)', false],
    ['(prefers-color-scheme: light)', true],
    ['(prefers-reduced-motion: reduce)', false],
    ['(min-width: 900px)', true],
    ['(min-width: 80rem)', false],
    ['screen and (max-width: 600px)', false],
    ['print', false],
    ['print, (min-width: 10px)', true],
    ['(hover: hover)', false]
  ])('@media %s at 1200px light → %s', (q, yes) => {
    expect(mediaMatches(q, { width: 1200 })).toBe(yes);
  });

  it('flattens matching @media, drops others and keyframes', () => {
    const css =
      '.a{fill:red}@media (prefers-color-scheme:dark){.a{fill:white}}@media (min-width:600px){.b{fill:blue}}' +
      '@keyframes k{from{opacity:0}to{opacity:1}}@supports (display:grid){.c{fill:green}}';
    expect(flattenCss(css, { width: 1200 })).toBe('.a{fill:red}.b{fill:blue}.c{fill:green}');
  });

  it('reads :root custom properties, later wins, and resolves nested vars and fallbacks', () => {
    const vars = rootVars(':root{--ink:#111;--a:var(--ink)}.x{--no:1}:root{--ink:#222}');
    expect(vars.get('--ink')).toBe('#222');
    expect(vars.has('--no')).toBe(false);
    expect(resolveVars('fill:var(--a);stroke:var(--none, #abc);x:var(--none)', vars)).toBe('fill:#222;stroke:#abc;x:initial');
  });
});

describe('cardSvg', () => {
  const base = { title: 'A & B <c>', summary: 'Summary "quoted"', site: 'Handover', paper: '#fff', ink: '#000', ink2: '#555', rule: '#ccc' };
  it.each([
    ['with a scene', '<svg viewBox="0 0 4 3"><rect width="4" height="3"/></svg>'],
    ['text only', null]
  ])('is well-formed 1200×630 SVG with escaped text (%s)', (_n, scene) => {
    const svg = cardSvg({ ...base, scene });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
    expect(root.textContent).toContain('A & B <c>');
    expect(root.getElementsByTagName('svg').length).toBe(scene ? 2 : 0);
  });
  it('escapes XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(toXml('<g><!--[--><text>a&nbsp;b</text><!--]--></g>')).toBe('<g><text>a&#160;b</text></g>');
  });
});
