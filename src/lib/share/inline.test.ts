import { Resvg } from '@resvg/resvg-js';
import { afterEach, describe, expect, it } from 'vitest';
import { expandFont } from './css/font';
import { parseDecls } from './css/parse';
import { specificity } from './css/selectors';
import { cssTransformToSvg, transformScale } from './css/transform';
import { substituteVars } from './css/vars';
import { inlineSvgStyles } from './inline';
import { foldOpacity, pruneSvg } from './prune';

/** Puts `html` in the document and returns its first <svg>, as og.server.ts does with a rendered visual. */
function mount(html: string): SVGSVGElement {
  document.body.innerHTML = html;
  return document.querySelector('svg')!;
}
const $ = (sel: string) => document.querySelector(sel)!;
afterEach(() => {
  document.body.innerHTML = '';
});

const ROOT = ':root{--paper:#fdfcf9;--ink:#1a1a1a;--org-a:#0072b2;--sans:Arial, sans-serif;--ui-font:0.875rem/1.3 var(--sans)}';

describe('custom properties', () => {
  it('resolves a var() declared on the wrapper the visual draws, not only on :root (the black map)', () => {
    const svg = mount('<div class="map"><svg viewBox="0 0 10 10"><rect class="sea" width="10" height="10"/></svg></div>');
    inlineSvgStyles(svg, `${ROOT}.map{--map-sea:var(--paper)}.sea{fill:var(--map-sea)}`);
    expect($('.sea').getAttribute('style')).toBe('fill:#fdfcf9');
  });

  it('reads custom properties set in a style attribute, inherited by the children that use them', () => {
    const svg = mount('<svg><g class="node" style="--c: var(--org-a); --tc: #fff"><circle class="mark" r="2"/></g></svg>');
    inlineSvgStyles(svg, `${ROOT}.mark{fill:var(--tc);stroke:var(--c)}`);
    expect($('.mark').getAttribute('style')).toBe('fill:#fff;stroke:#0072b2');
    expect($('.node').hasAttribute('style')).toBe(false);
  });

  it('resolves var() in presentation attributes and drops one that cannot resolve', () => {
    const svg = mount('<svg><path class="a" fill="var(--org-a)" stroke="var(--nope)"/><path class="b" fill="var(--nope, #abc)"/></svg>');
    inlineSvgStyles(svg, ROOT);
    expect($('.a').getAttribute('fill')).toBe('#0072b2');
    expect($('.a').hasAttribute('stroke')).toBe(false);
    expect($('.b').getAttribute('fill')).toBe('#abc');
  });

  it.each([
    ['var(--a)', '1'],
    ['x var(--b) y', 'x 1 y'],
    ['var(--none, var(--a))', '1'],
    ['var(--none, rgb(1, 2, 3))', 'rgb(1, 2, 3)'],
    ['var(--none)', null]
  ])('substituteVars(%s) → %s', (text, out) => {
    const vars = new Map([
      ['--a', '1'],
      ['--b', 'var(--a)']
    ]);
    expect(substituteVars(text, (n) => vars.get(n))).toBe(out);
  });
});

describe('the cascade', () => {
  it('applies rules by specificity, then order; the style attribute over rules; !important over both', () => {
    const svg = mount('<svg><g class="g"><path id="p" class="x y" style="stroke:#333"/></g></svg>');
    const css = '.x.y{fill:#111}.x{fill:#222;stroke:#444!important}path{opacity:.5}.g path{opacity:.25}';
    inlineSvgStyles(svg, css);
    expect(parseDecls($('#p').getAttribute('style')!)).toEqual(
      expect.arrayContaining([
        { prop: 'fill', value: '#111', important: false },
        { prop: 'stroke', value: '#444', important: false },
        { prop: 'opacity', value: '.25', important: false }
      ])
    );
  });

  it('ignores hover and focus rules and pseudo-elements', () => {
    const svg = mount('<svg><circle class="c" r="1"/></svg>');
    inlineSvgStyles(svg, '.c{fill:#010101}.c:hover{fill:#020202}.c:focus-visible{fill:#030303}.c::before{fill:#040404}');
    expect($('.c').getAttribute('style')).toBe('fill:#010101');
  });

  it('expands the font shorthand from the wrapper onto the root svg; em and rem become px; currentColor the colour', () => {
    const svg = mount('<div class="map"><svg><text class="label" font-size="20">a</text><path class="cc"/></svg></div>');
    inlineSvgStyles(svg, `${ROOT}.map{font:var(--ui-font);color:var(--ink)}.label{stroke-width:.25em}.cc{fill:currentColor;stroke-width:0.5rem}`);
    const root = Object.fromEntries(parseDecls(svg.getAttribute('style')!).map((d) => [d.prop, d.value]));
    expect(root).toMatchObject({ 'font-size': '14px', 'font-family': 'Arial, sans-serif', color: '#1a1a1a', 'font-weight': 'normal' });
    expect($('.label').getAttribute('style')).toBe('stroke-width:5px');
    expect($('.cc').getAttribute('style')).toBe('fill:#1a1a1a;stroke-width:8px');
  });

  it.each([
    ['0.875rem/1.3 Arial, sans-serif', { 'font-size': '0.875rem', 'font-family': 'Arial, sans-serif', 'font-weight': 'normal' }],
    ['italic 700 12px/1 "DejaVu Sans"', { 'font-style': 'italic', 'font-weight': '700', 'font-size': '12px', 'font-family': '"DejaVu Sans"' }],
    ['bold 1.2em / 1.4 serif', { 'font-weight': 'bold', 'font-size': '1.2em', 'font-family': 'serif' }],
    ['inherit', { 'font-size': 'inherit', 'font-family': 'inherit' }]
  ])('expandFont(%s)', (v, want) => {
    expect(expandFont(v)).toMatchObject(want);
  });

  it.each([
    ['.a', [0, 1, 0]],
    ['svg[data-viz].x', [0, 2, 1]],
    ['#i .a > b', [1, 1, 1]],
    ['.legend ul:where(.s)', [0, 1, 1]],
    ['.n:not(.m, #k)', [1, 1, 0]],
    ['*', [0, 0, 0]]
  ])('specificity(%s) = %j', (sel, want) => {
    expect(specificity(sel)).toEqual(want);
  });
});

describe('CSS transforms become transform attributes (resvg ignores them in style)', () => {
  it.each([
    ['translate(10px, 20px) scale(2)', 'translate(10 20) scale(2 2)'],
    ['translate(-3.5px,4px)', 'translate(-3.5 4)'],
    ['translateX(3px) rotate(0.25turn)', 'translate(3 0) rotate(90)'],
    ['scale(1.5, 2) rotate(45deg)', 'scale(1.5 2) rotate(45)'],
    ['matrix(1, 0, 0, 1, 5, 6)', 'matrix(1 0 0 1 5 6)'],
    ['none', ''],
    ['translate(50%, 0)', null],
    ['translate3d(1px, 2px, 3px)', null]
  ])('%s → %s', (css, svg) => {
    expect(cssTransformToSvg(css)).toBe(svg);
  });

  it('moves a style transform to the attribute, from a style attribute or a rule, with a px transform-origin', () => {
    const svg = mount('<svg><g class="zoom" style="transform: translate(10px, 20px) scale(2)"></g><g class="r" transform="scale(9)"></g></svg>');
    inlineSvgStyles(svg, '.r{transform:rotate(90deg);transform-origin:5px 5px}');
    expect($('.zoom').getAttribute('transform')).toBe('translate(10 20) scale(2 2)');
    expect($('.zoom').hasAttribute('style')).toBe(false);
    expect($('.r').getAttribute('transform')).toBe('translate(5 5) rotate(90) translate(-5 -5)');
  });

  it('keeps non-scaling strokes their width under a scale (resvg has no vector-effect)', () => {
    const svg = mount('<svg><g style="transform: scale(4)"><path class="s" vector-effect="non-scaling-stroke"/><path class="t"/></g></svg>');
    inlineSvgStyles(svg, '.s{stroke-width:2px;stroke-dasharray:8 4}.t{stroke-width:2px}');
    expect($('.s').getAttribute('style')).toBe('stroke-width:0.5;stroke-dasharray:2 1');
    expect($('.s').hasAttribute('vector-effect')).toBe(false);
    expect($('.t').getAttribute('style')).toBe('stroke-width:2px');
    expect(transformScale('translate(3 4) scale(2 8) rotate(30)')).toBe(4);
  });
});

describe('pruneSvg', () => {
  it('drops comments, title/desc and display:none subtrees but keeps paint servers', () => {
    const svg = mount(
      '<svg><title>t</title><desc>d</desc><!--[--><defs><pattern id="p" style="display:none"><rect/></pattern></defs>' +
        '<svg class="narrow" style="display:none"><rect/></svg><g class="wide" style="display:inline"><rect/></g><!--]--></svg>'
    );
    pruneSvg(svg);
    expect(svg.innerHTML).toBe('<defs><pattern id="p" style="display:none"><rect></rect></pattern></defs><g class="wide" style="display:inline"><rect></rect></g>');
  });
});

describe('foldOpacity', () => {
  it('moves opacity into fill- and stroke-opacity, multiplying down the tree', () => {
    const svg = mount(
      '<svg><g class="a" style="opacity:.5"><circle class="b" r="1"/><g class="c" opacity="0.5"><path class="d" fill-opacity="0.5"/></g></g>' +
        '<defs><pattern id="p" style="opacity:.5"><rect class="e"/></pattern></defs></svg>'
    );
    foldOpacity(svg);
    expect($('.a').getAttribute('style')).toBe('fill-opacity:0.5;stroke-opacity:0.5');
    expect($('.b').hasAttribute('style')).toBe(false); // inherits 0.5
    expect($('.c').getAttribute('style')).toBe('fill-opacity:0.25;stroke-opacity:0.25');
    expect($('.c').hasAttribute('opacity')).toBe(false);
    expect($('.d').getAttribute('style')).toBe('fill-opacity:0.125');
    expect($('#p').getAttribute('style')).toBe('opacity:.5'); // paint servers untouched
  });
});

describe('through resvg', () => {
  /** RGB at (x, y) of the SVG rendered at its own size. */
  function pixel(svg: string, x: number, y: number): string {
    const img = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const i = (y * img.width + x) * 4;
    return [...img.pixels.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
  }

  it('paints a wrapper-variable fill and a style-transformed group where the browser does', () => {
    const svg = mount(
      '<div class="map"><svg viewBox="0 0 100 100" width="100" height="100"><rect class="sea" width="100" height="100"/>' +
        '<g class="zoom" style="transform: translate(50px, 50px) scale(2)"><rect class="land" width="10" height="10"/></g></svg></div>'
    );
    inlineSvgStyles(svg, ':root{--paper:#00ff00}.map{--map-sea:var(--paper);--map-land:#ff0000}.sea{fill:var(--map-sea)}.land{fill:var(--map-land)}');
    const xml = new XMLSerializer().serializeToString(svg);
    expect(pixel(xml, 10, 10)).toBe('00ff00'); // the sea, not black
    expect(pixel(xml, 65, 65)).toBe('ff0000'); // the land, zoomed: 50..70
    expect(pixel(xml, 5, 5)).toBe('00ff00'); // not where it would be unzoomed
  });

  it('draws a dimmed group as before once its opacity is folded (no layer needed)', () => {
    const svg = mount('<svg viewBox="0 0 100 100" width="100" height="100"><rect width="100" height="100" fill="#ffffff"/><g style="opacity:.5"><rect width="50" height="50" fill="#000000"/></g></svg>');
    const grey = (hex: string) => parseInt(hex.slice(0, 2), 16);
    const before = grey(pixel(new XMLSerializer().serializeToString(svg), 10, 10));
    foldOpacity(svg);
    const after = grey(pixel(new XMLSerializer().serializeToString(svg), 10, 10));
    expect(before).toBeGreaterThan(100); // half black over white, not black
    expect(before).toBeLessThan(150);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(1); // rounding only
  });
});
