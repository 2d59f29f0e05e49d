// The Spanish edition's charts speak Spanish: every visual, drawn for every step of the Spanish story (mounted
// in jsdom, where the unit tests' components are built for the browser: the same markup the server sends), has no English interface word in its text or in what it says to a screen reader (aria-label, title).
// Names (of people, of publishers in source links) are as they are, so link text is left out.
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { JSDOM } from 'jsdom';
import { loadDataset } from '$lib/data/load';
import { modelsOf, storyOf } from '$lib/server/story';
import Graphic from '$lib/viz/Graphic.svelte';
import { describeScene } from '$lib/viz/describe';
import { VISUALS, VISUAL_IDS } from '$lib/viz/registry';
import type { Lang } from '$lib/i18n/lang';

const d = loadDataset('data');
const PUBLISHERS = [...new Set(d.sources.map((s) => s.publisher))].sort((a, b) => b.length - a.length);

// Words of the charts' English that are not Spanish words nor part of a name in this story.
// Whole words only, letters with accents included ("In" is no word of "Inés").
const ENGLISH =
  /(?<!\p{L})(the|and|of|with|in|to|not|transferred|transfers?|sources?|report|reports|people|person|ties?|map|timeline|events?|show|hide|running|disputed|organization|family|ally|unknown|district|highlighted|focus|close|states|contested|stronghold|presence|ends|bracket|known|month|year|categories|violence|arrest|court|policy|trade|extradition|flights|places|path|city|claims|select|chart|line|every|view|listed|below)(?!\p{L})/iu;

/** What a reader or a screen reader gets of a piece of markup: its text outside links, and its spoken attributes. */
function spoken(html: string): string[] {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  document.querySelectorAll('style, script, a').forEach((el) => el.remove());
  const attrs = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-roledescription]')].flatMap((el) =>
    ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription'].flatMap((a) => (el.hasAttribute(a) ? [el.getAttribute(a)!] : []))
  );
  const texts: string[] = [];
  const walk = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.textContent!.trim()) texts.push(n.textContent!.trim());
  // A publisher's name is a name ("Justice in Mexico"), in a report's label as in a link.
  return [...texts, ...attrs].map((t) => PUBLISHERS.reduce((x, p) => x.replaceAll(p, '…'), t));
}

const draw = (lang: Lang, only?: (visual: string, i: number) => boolean) => {
  const models = modelsOf(d, lang);
  const steps = storyOf(d, lang)
    .sections.flatMap((s) => s.steps)
    .filter((st, i) => !only || only(st.scene.visual, i));
  return steps.map((st) => {
    const { container } = render(Graphic, { props: { scene: st.scene, models, stepId: st.id, lang } });
    const html = container.innerHTML;
    cleanup();
    return { id: st.id, visual: st.scene.visual, html };
  });
};

describe('the charts of the Spanish edition', () => {
  const es = draw('es');

  it('draw every step of every visual', () => {
    expect(es.length).toBeGreaterThan(30);
    expect(new Set(es.map((s) => s.visual))).toEqual(new Set(VISUAL_IDS));
  });

  it('say no English word in their text, titles or labels', () => {
    const found = es.flatMap((s) => spoken(s.html).flatMap((t) => (ENGLISH.test(t) ? [`${s.id}: ${t.match(ENGLISH)![0]} in “${t.slice(0, 160)}”`] : [])));
    expect(found).toEqual([]);
  }, 30_000);

  it('open the map as a table in Spanish: territory, flights and courts', async () => {
    const models = modelsOf(d, 'es');
    const maps = storyOf(d, 'es').sections.flatMap((s) => s.steps).filter((st) => st.scene.visual === 'map');
    const found: string[] = [];
    const captions = new Set<string>();
    for (const st of maps) {
      const { container } = render(Graphic, { props: { scene: st.scene, models, stepId: st.id, lang: 'es' } });
      const toggle = container.querySelector<HTMLButtonElement>('button.toggle')!;
      expect(toggle.textContent!.trim()).toBe('Ver el mapa como tabla');
      await fireEvent.click(toggle);
      const table = container.querySelector('table')!;
      captions.add(table.querySelector('caption')!.textContent!.split('.')[0]!);
      for (const t of spoken(table.outerHTML)) if (ENGLISH.test(t)) found.push(`${st.id}: ${t.match(ENGLISH)![0]} in “${t.slice(Math.max(0, t.match(ENGLISH)!.index! - 80), t.match(ENGLISH)!.index! + 80)}”`);
      cleanup();
    }
    expect(found).toEqual([]);
    // All three tables were opened.
    expect([...captions].sort()).toEqual([
      'Personas enviadas por distrito de Estados Unidos donde se les acusa',
      'Reportes de territorio desde 2020, por estado, con sus fuentes',
      'Vuelos por envío y ciudad de llegada'
    ]);
  }, 30_000);

  it('describe every scene in Spanish for screen readers, and are named in Spanish on the embed codes page', () => {
    const models = modelsOf(d, 'es');
    const said = storyOf(d, 'es').sections.flatMap((s) => s.steps.map((st) => [st.id, describeScene(st.scene, models, 'es')] as const));
    expect(said.filter(([, t]) => ENGLISH.test(t)).map(([id, t]) => `${id}: ${t.match(ENGLISH)![0]} in “${t}”`)).toEqual([]);
    expect(VISUAL_IDS.map((v) => VISUALS[v].label.es)).toEqual(['El mapa', 'La red de lazos', 'La línea de tiempo']);
  });

  it('the English edition’s charts, drawn the same way, are caught by the same words (the test can fail)', () => {
    // One step of each visual: the first of each section's run.
    const seen = new Set<string>();
    const en = draw('en', (v) => !seen.has(v) && !!seen.add(v));
    expect(en.map((s) => s.visual).sort()).toEqual([...VISUAL_IDS].sort());
    expect(en.filter((s) => spoken(s.html).some((t) => ENGLISH.test(t))).map((s) => s.visual)).toEqual(en.map((s) => s.visual));
  }, 30_000);
});
