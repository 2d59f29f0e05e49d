// What each share card shows, read from the SVG that resvg rasterises: the section's title in its text and, for a
// sticky section, its first scene with the chart's marks (at least as many as the scene draws), drawn by resvg
// rather than dropped. Runs after the build: the cards take the page's built CSS, as the prerender does.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { card, sceneSvg } from '../../src/lib/share/og.server';
import { footName } from '../../src/lib/share/card';
import { buildStory, modelInput } from '../../src/lib/story';
import type { Step } from '../../src/lib/story/types';
import { buildModels, type Models } from '../../src/lib/viz/models';
import { inView, mapSceneState } from '../../src/lib/viz/map/scene';
import { timelineSceneState } from '../../src/lib/viz/timeline/scene';
import { dataset } from './data';
import { modelsOf, storyOf } from '../../src/lib/server/story';
import { metaIn } from '../../src/lib/server/page-data';

const story = buildStory(dataset);
const models = buildModels(dataset, modelInput(dataset, story));

/** The fewest marks a step's scene draws: what a card that kept its scene must contain at least. */
function floor(step: Step, m: Models): number {
  const s = step.scene;
  if (s.visual === 'map') {
    const st = mapSceneState(m.map, s.map);
    return m.map.mx.filter((x) => inView(x.b, st.zoom)).length + st.courts.length;
  }
  if (s.visual === 'network') return m.network.nodes.length;
  return timelineSceneState(m.timeline, s.timeline).visible.length;
}

const marks = (doc: ParentNode) => doc.querySelectorAll('path, circle, rect, line, polygon').length;

describe.each(story.sections.map((s) => [s.id, s] as const))('the share card of %s', (id, section) => {
  const first = section.visual ? section.steps[0]! : null;
  const scene = first ? sceneSvg(first.scene, models, first.id) : null;
  const made = card({ title: section.title, summary: section.summary, site: dataset.meta.title, scene, name: `section "${id}"` });
  const doc = new JSDOM().window.document.implementation.createHTMLDocument('');
  doc.body.innerHTML = made.svg;

  it('is a 1200×630 PNG whose text is the section title and summary', () => {
    expect([made.png.readUInt32BE(16), made.png.readUInt32BE(20)]).toEqual([1200, 630]);
    const texts = [...doc.querySelectorAll('body > svg > text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent);
    expect(texts[0]).toBe(section.title);
    expect(texts[1]!.replace(/…$/, '')).toBe(section.summary.slice(0, texts[1]!.replace(/…$/, '').length));
    expect(texts).toContain(dataset.meta.title);
  });

  if (first) {
    it(`keeps ${first.id}'s scene, with at least as many marks as it draws, rasterised as it is`, () => {
      expect(scene).not.toBeNull();
      expect(made.scene).toBe('drawn');
      const chart = doc.querySelector('body > svg > svg');
      expect(chart).not.toBeNull();
      const min = floor(first, models);
      expect(min).toBeGreaterThan(5);
      expect(marks(chart!)).toBeGreaterThanOrEqual(min);
    });
  } else {
    it('has no scene: a prose section', () => {
      expect(made.scene).toBe('none');
      expect(doc.querySelector('body > svg > svg')).toBeNull();
    });
  }
});

describe('a card that loses its scene', () => {
  it('fails, naming the section, instead of going out as text alone', () => {
    const broken = '<svg xmlns="http://www.w3.org/2000/svg"><g style="opacity:.5"><circle cx="5000" r="3"/></g><not-closed></svg>';
    expect(() => card({ title: 'T', summary: 'S', site: 'X', scene: broken, name: 'section "courts"' })).toThrow(/share card for section "courts"/);
  });
});

// The Spanish edition's cards: the same scenes, drawn from the Spanish models, under the Spanish words. Spanish
// runs longer, so the title must still fit whole, and the site's own card is a card of its own at /es/og.png.
describe('the Spanish cards', () => {
  const es = storyOf(dataset, 'es');
  const esModels = modelsOf(dataset, 'es');
  const site = footName(metaIn(dataset.meta, 'es').title);

  it.each(es.sections.map((s) => [s.id, s] as const))('%s: 1200×630, its Spanish title whole, its scene kept', (id, section) => {
    const first = section.visual ? section.steps[0]! : null;
    const made = card({ title: section.title, summary: section.summary, site, scene: first ? sceneSvg(first.scene, esModels, first.id) : null, name: `section "${id}"` });
    expect([made.png.readUInt32BE(16), made.png.readUInt32BE(20)]).toEqual([1200, 630]);
    const doc = new JSDOM().window.document.implementation.createHTMLDocument('');
    doc.body.innerHTML = made.svg;
    const texts = [...doc.querySelectorAll('body > svg > text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent);
    expect(texts[0]).toBe(section.title);
    expect(texts).toContain(site);
    expect(made.scene).toBe(first ? 'drawn' : 'none');
  });

  it('names the story at the foot whole: the Spanish headline is too long for it, so its name stands alone', () => {
    expect(site).toBe('La entrega');
    expect(footName(dataset.meta.title)).toBe(dataset.meta.title);
  });

  it('the Spanish site card has the whole Spanish headline, the host at its foot and the first scene', () => {
    const meta = metaIn(dataset.meta, 'es');
    const first = es.sections[0]!.steps[0]!;
    const made = card({ title: meta.title, summary: meta.dek, site: new URL(meta.siteUrl).host, scene: sceneSvg(first.scene, esModels, first.id), name: 'the story (es)' });
    const doc = new JSDOM().window.document.implementation.createHTMLDocument('');
    doc.body.innerHTML = made.svg;
    const texts = [...doc.querySelectorAll('body > svg > text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent);
    expect(texts[0]).toBe(meta.title);
    expect(texts[2]).toBe(new URL(meta.siteUrl).host);
    expect(made.scene).toBe('drawn');
  });

  it('the Spanish site card is built, 1200×630, differs from the English one, and /es/ names it', () => {
    const png = readFileSync('build/es/og.png');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.equals(readFileSync('build/og.png'))).toBe(false);
    const origin = dataset.meta.siteUrl.replace(/\/+$/, '');
    expect(/<meta property="og:image" content="([^"]+)"/.exec(readFileSync('build/es/index.html', 'utf8'))?.[1]).toBe(`${origin}/es/og.png`);
    expect(/<meta property="og:image" content="([^"]+)"/.exec(readFileSync('build/index.html', 'utf8'))?.[1]).toBe(`${origin}/og.png`);
  });
});
