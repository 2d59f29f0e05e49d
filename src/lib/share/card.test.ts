import { describe, expect, it } from 'vitest';
import { CARD_W, SCENE_BOX, cardSvg, escapeXml, extractSvg, fitSvg, fitText, footName, toXml, wrapText } from './card';
import { flattenCss, mediaMatches } from './css/parse';
import { resolveVars, rootVars } from './css/vars';
import { textWidth } from './metrics';

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
  it('wraps by a width measure: wide letters take more room than narrow ones', () => {
    const m = (s: string) => textWidth(s, 20);
    expect(wrapText('iiii iiii MMMM MMMM', m('iiii iiii MMMM'), 3, m)).toEqual(['iiii iiii MMMM', 'MMMM']);
    expect(wrapText('MMMM MMMM iiii iiii', m('iiii iiii MMMM'), 3, m)).toEqual(['MMMM', 'MMMM iiii iiii']);
  });
  it('an ellipsised last line still fits the width', () => {
    const m = (s: string) => textWidth(s, 24, true);
    const lines = wrapText('The Handover: how Mexico sent 92 accused cartel figures to US courts in eleven months', 500, 1, m);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(m(lines[0]!)).toBeLessThanOrEqual(500);
  });
});

describe('text measure (DejaVu Sans advance widths)', () => {
  it('is proportional to size, wider in bold, and wider for wide letters', () => {
    expect(textWidth('Handover', 48)).toBeCloseTo(2 * textWidth('Handover', 24));
    expect(textWidth('Handover', 24, true)).toBeGreaterThan(textWidth('Handover', 24));
    expect(textWidth('MMMM', 24)).toBeGreaterThan(2 * textWidth('iiii', 24));
    expect(textWidth('', 24)).toBe(0);
  });
});

describe('fitText', () => {
  it('takes the largest size at which the text fits whole, else the last, ellipsised', () => {
    const text = 'one two three four five six';
    const at = (size: number) => textWidth(text, size, true);
    expect(fitText(text, at(30), [[40, 1], [30, 1], [20, 1]], true)).toEqual({ size: 30, lines: [text] });
    const none = fitText(text, at(10), [[40, 1], [30, 1]], true);
    expect(none.size).toBe(30);
    expect(none.lines[0]!.endsWith('…')).toBe(true);
  });
});

describe('footName', () => {
  it('keeps a headline that fits the foot at 20 px, and names the story alone when it does not', () => {
    const en = 'The Handover: how Mexico sent 92 accused cartel figures to US courts in eleven months';
    const es = 'La entrega: cómo México envió en once meses a 92 presuntos integrantes de cárteles a tribunales de Estados Unidos';
    expect(footName(en)).toBe(en);
    expect(footName(es)).toBe('La entrega');
    // No colon, no shorter name: the headline goes as it is, and the card ellipsises it.
    expect(footName(es.replace(/:/g, ''))).toBe(es.replace(/:/g, ''));
  });
});

describe('extractSvg', () => {
  it('finds the root svg with nested svgs and self-closed children', () => {
    const html = '<div><p>x</p><svg viewBox="0 0 1 1"><svg><rect/></svg><circle r="1"/></svg><table></table></div>';
    expect(extractSvg(html)).toBe('<svg viewBox="0 0 1 1"><svg><rect/></svg><circle r="1"/></svg>');
  });
  it('takes the chart marked data-viz over legend icons drawn before it', () => {
    const html = '<div><ul><li><svg class="icon"><path d="M0,0"/></svg>Violence</li></ul><svg class="chart" data-viz="timeline"><svg class="layout"></svg></svg></div>';
    expect(extractSvg(html)).toBe('<svg class="chart" data-viz="timeline"><svg class="layout"></svg></svg>');
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
  it.each([
    ['a long site title', 'The Handover: how Mexico sent 92 accused cartel figures to US courts in eleven months, and what came after'],
    ['a short one', 'handover.example']
  ])('keeps every line of text inside its column: title, summary and foot (%s)', (_n, site) => {
    const long = 'Sinaloa Cartel factions fight over succession while Mexico transfers dozens more prisoners north';
    for (const scene of ['<svg viewBox="0 0 4 3"></svg>', null]) {
      const svg = cardSvg({ ...base, title: long, summary: `${long}. ${long}. ${long}.`, site, scene });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const texts = [...doc.documentElement.children].filter((e) => e.localName === 'text');
      expect(texts).toHaveLength(3);
      const col = scene ? SCENE_BOX.x - 10 - 60 : CARD_W - 60;
      for (const [k, t] of texts.entries()) {
        const size = Number(t.getAttribute('font-size'));
        const bold = t.getAttribute('font-weight') === '700';
        const lines = t.children.length ? [...t.children].map((c) => c.textContent!) : [t.textContent!];
        const right = k === 2 ? CARD_W - 60 : col; // the foot runs under the scene too
        for (const l of lines) expect(60 + textWidth(l, size, bold)).toBeLessThanOrEqual(right);
        expect(size).toBeGreaterThanOrEqual(20);
      }
      const foot = texts[2]!.textContent!;
      if (textWidth(site, 20, true) <= CARD_W - 120) expect(foot).toBe(site);
      else expect(foot.endsWith('…')).toBe(true);
    }
  });
  it('escapes XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(toXml('<g><!--[--><text>a&nbsp;b</text><!--]--></g>')).toBe('<g><text>a&#160;b</text></g>');
  });
});
