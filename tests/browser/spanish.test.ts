// The Spanish edition in the build and in Chromium: its own language, head tags, sitemap and share cards; no
// English interface string on /es/; the language link keeping the reader's step both ways at 390 and 1440 px;
// deep links and keyboard stepping, the first scenes without JavaScript and share pages in both editions; the
// language link where nothing covers it at 320 and 390 px; the Spanish embeds under the real pym.js Parent and
// the Spanish embed codes.
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import en from '../../messages/en.json';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

const es = buildStory(dataset, 'es');
const english = buildStory(dataset, 'en');
const site = dataset.meta.siteUrl.replace(/\/+$/, '');
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 }
];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const read = (p: string) => readFileSync(`build/${p}`, 'utf8');
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
/** The text a reader sees: no scripts, styles or tags. */
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

describe('the Spanish edition in build/', () => {
  it('says its language, locale and alternates, and the English page names it back', () => {
    const page = read('es/index.html');
    expect(attr(page, /<html lang="([^"]+)"/)).toBe('es');
    expect(attr(page, /<meta property="og:locale" content="([^"]+)"/)).toBe('es_MX');
    expect(attr(page, /<link rel="canonical" href="([^"]+)"/)).toBe(`${site}/es/`);
    expect(JSON.parse(attr(page, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/)!).inLanguage).toBe('es-MX');
    const home = read('index.html');
    expect(attr(home, /<html lang="([^"]+)"/)).toBe('en');
    for (const html of [page, home]) {
      expect(attr(html, /<link rel="alternate" hreflang="es" href="([^"]+)"/)).toBe(`${site}/es/`);
      expect(attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/)).toBe(`${site}/`);
      expect(attr(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/)).toBe(`${site}/`);
    }
    expect(visibleText(page)).toContain(dataset.meta.es.title);
  });

  it('lists both editions in the sitemap, each naming the other', () => {
    const xml = read('sitemap.xml');
    expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual([`<loc>${site}/</loc>`, `<loc>${site}/es/</loc>`]);
    expect(xml.match(/hreflang="es" href="[^"]+\/es\/"/g)).toHaveLength(2);
  });

  it('shows no English interface string and no English section on /es/', () => {
    // Not yet in Spanish (issue 16, next milestones): the roster's controls and table, and the charts' own words
    // (labels, legends, descriptions, folded lists). The page is scanned without them; the rest must be Spanish.
    const text = visibleText(
      read('es/index.html')
        .replace(/<section id="roster"[\s\S]*?<\/section>/, '')
        .replace(/<figure class="graphic[\s\S]*?<\/figure>/g, '')
        .replace(/<p class="sr-only"[^>]*data-scene-description[\s\S]*?<\/p>/, '')
    );
    // The link to the other edition is in English on purpose; every other message is the English wording.
    const ui = Object.entries(en)
      .filter(([k]) => k !== '$schema' && !k.startsWith('lang_link') && k !== 'footer_json')
      .map(([, v]) => v.split('{')[0]!.trim())
      .filter((v) => v.length > 3);
    expect(ui.length).toBeGreaterThan(8);
    expect(ui.filter((v) => text.includes(v))).toEqual([]);
    const sections = english.sections.flatMap((s) => [s.title, s.summary]);
    expect(sections.filter((v) => text.includes(v))).toEqual([]);
    for (const s of es.sections.filter((x) => x.id !== 'roster')) expect(text).toContain(s.title);
    expect(text).toContain('27 de febrero de 2025');
  });

  it('has the roster page in Spanish: its language, title, heading and interface, no English message', () => {
    const html = read('es/roster/index.html');
    expect(attr(html, /<html lang="([^"]+)"/)).toBe('es');
    expect(attr(html, /<title>([^<]+)<\/title>/)).toMatch(/^Todas las personas enviadas, con sus fuentes — /);
    expect(html).toContain('>Volver a la historia: ');
    const text = visibleText(html);
    expect(text).toContain('Todas las personas enviadas, con sus fuentes');
    expect(text).toContain('Fuentes');
    const ui = Object.entries(en)
      .filter(([k]) => k !== '$schema' && !k.startsWith('lang_link'))
      .map(([, v]) => v.split('{')[0]!.trim())
      .filter((v) => v.length > 3);
    expect(ui.length).toBeGreaterThan(8);
    // As whole words: "Persona" is Spanish, "Person" is not.
    const word = (v: string) => new RegExp(`(^|[^\\p{L}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    expect(ui.filter((v) => word(v).test(text))).toEqual([]);
  });

  it('has a share page and its own card for every section, with the same ids', () => {
    for (const s of es.sections) {
      const html = read(`es/s/${s.id}/index.html`);
      expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(`${site}/es/#${s.id}`);
      expect(attr(html, /<meta property="og:image" content="([^"]+)"/)).toBe(`${site}/es/s/${s.id}/og.png`);
      expect(attr(html, /<html lang="([^"]+)"/)).toBe('es');
      expect(html).toContain(`content="0; url=../../#${s.id}"`);
      expect(attr(html, /<meta property="og:locale" content="([^"]+)"/)).toBe('es_MX');
      expect(attr(html, /<link rel="alternate" hreflang="es" href="([^"]+)"/)).toBe(`${site}/es/s/${s.id}/`);
      expect(attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/)).toBe(`${site}/s/${s.id}/`);
      expect(attr(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/)).toBe(`${site}/s/${s.id}/`);
      expect(attr(read(`s/${s.id}/index.html`), /<link rel="alternate" hreflang="es" href="([^"]+)"/)).toBe(`${site}/es/s/${s.id}/`);
      const card = readFileSync(`build/es/s/${s.id}/og.png`);
      expect(card.length).toBeGreaterThan(5000);
      // The Spanish card has the Spanish title, so it is not the English card.
      expect(card.equals(readFileSync(`build/s/${s.id}/og.png`))).toBe(false);
    }
  });

  it('has the embeds and the embed codes in Spanish', () => {
    for (const p of ['es/embed/index.html', 'es/embed/map/index.html', 'es/embed/network/index.html', 'es/embed/timeline/index.html', 'es/embed-codes/index.html'])
      expect(existsSync(`build/${p}`), p).toBe(true);
    expect(attr(read('es/embed/index.html'), /<html lang="([^"]+)"/)).toBe('es');
    expect(read('es/embed/index.html')).toContain(es.sections[0]!.title);
  });
});

async function activeStep(page: Page): Promise<string | null> {
  return page.locator('.story').getAttribute('data-active-step');
}

async function waitForStep(page: Page, id: string) {
  await page.waitForFunction((want) => document.querySelector('.story')?.getAttribute('data-active-step') === want, id, { timeout: 20_000 });
}

describe.each(VIEWPORTS)('the language link at $width px', (viewport) => {
  it('keeps the step from /#territories-sinaloa to /es/ and back, landing on its scene', async () => {
    const { page, errors } = await openPage(browser, { viewport });
    await page.goto(`${baseURL()}/#territories-sinaloa`, { waitUntil: 'load' });
    await waitForStep(page, 'territories-sinaloa');
    const link = page.locator('a[hreflang="es"]');
    await page.waitForFunction(() => (document.querySelector('a[hreflang="es"]') as HTMLAnchorElement | null)?.href.endsWith('/es/#territories-sinaloa'));
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${baseURL()}/es/#territories-sinaloa`);
    // The link carries the step; following it (as a reader does from the masthead) lands on the same step.
    await page.goto(await link.evaluate((a) => (a as HTMLAnchorElement).href), { waitUntil: 'load' });
    await waitForStep(page, 'territories-sinaloa');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#territories figure.graphic').getAttribute('data-shown-step')).toBe('territories-sinaloa');

    // Step on with the keyboard, then back to English: the link follows the step.
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 'territories-jalisco');
    const back = page.locator('a[hreflang="en"]');
    await page.waitForFunction(
      (want) => (document.querySelector('a[hreflang="en"]') as HTMLAnchorElement | null)?.href === want,
      `${baseURL()}/#territories-jalisco`
    );
    await page.goto(await back.evaluate((a) => (a as HTMLAnchorElement).href), { waitUntil: 'load' });
    await waitForStep(page, 'territories-jalisco');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#territories figure.graphic').getAttribute('data-shown-step')).toBe('territories-jalisco');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lands a deep link on /es/ without passing through earlier steps', async () => {
    const { page, errors } = await openPage(browser, { viewport });
    await page.addInitScript(`
      window.__active = [];
      new MutationObserver((list) => { for (const m of list) window.__active.push(m.target.getAttribute('data-active-step')); })
        .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-active-step'] });
    `);
    await page.goto(`${baseURL()}/es/#forty-years-chapo`, { waitUntil: 'load' });
    await waitForStep(page, 'forty-years-chapo');
    expect(await page.locator('#forty-years figure.graphic').getAttribute('data-shown-step')).toBe('forty-years-chapo');
    const writes = await page.evaluate(() => (window as unknown as { __active: string[] }).__active);
    expect(writes.filter((w) => w !== 'forty-years-chapo')).toEqual([]);
    expect(await page.locator('#forty-years .stepper button').first().getAttribute('aria-label')).toBe('Paso anterior');
    expect(await activeStep(page)).toBe('forty-years-chapo');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/es/ without JavaScript', () => {
  it('shows the first scene of every section and a language link to the English page', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/es/`);
    const sticky = es.sections.filter((s) => s.visual && s.steps.length);
    for (const s of sticky) {
      expect(await page.locator(`#${s.id} figure.graphic`).getAttribute('data-shown-step')).toBe(s.steps[0]!.id);
      expect(await page.locator(`#${s.id} figure.graphic svg[data-viz]`).count()).toBe(1);
    }
    expect(await page.locator('a[hreflang="en"]').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${baseURL()}/`);
    expect(await page.locator('a[hreflang="en"]').textContent()).toBe('Read in English');
    await page.context().close();
  });
});

const EDITIONS = [
  { lang: 'en', path: '/', story: english },
  { lang: 'es', path: '/es/', story: es }
] as const;

describe.each(EDITIONS)('the $lang edition in Chromium', ({ lang, path, story }) => {
  it('lands a deep link on its step and steps on with the keyboard', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    const steps = story.sections.find((s) => s.id === 'forty-years')!.steps;
    const at = steps.findIndex((s) => s.id === 'forty-years-chapo');
    expect(at).toBeGreaterThanOrEqual(0);
    await page.goto(`${baseURL()}${path}#forty-years-chapo`, { waitUntil: 'load' });
    await waitForStep(page, 'forty-years-chapo');
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, steps[at + 1]!.id);
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 'forty-years-chapo');
    expect(await page.locator('#forty-years figure.graphic').getAttribute('data-shown-step')).toBe('forty-years-chapo');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows every first scene without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}${path}`);
    const sticky = story.sections.filter((s) => s.visual && s.steps.length);
    expect(sticky.length).toBeGreaterThan(3);
    for (const s of sticky) expect(await page.locator(`#${s.id} figure.graphic`).getAttribute('data-shown-step')).toBe(s.steps[0]!.id);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.context().close();
  });

  it('sends a share page on to its section, and its language link to the other edition’s share page', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const other = lang === 'es' ? '/s/territories/' : '/es/s/territories/';
    // Without JavaScript the page refreshes on to the story at once: its link is read from the built page.
    const html = read(`${path.slice(1)}s/territories/index.html`);
    const href = attr(html, /<a [^>]*href="([^"]+)"[^>]*data-lang-link/)!;
    expect(new URL(href, `${baseURL()}${path}s/territories/`).href).toBe(`${baseURL()}${other}`);
    await page.goto(`${baseURL()}${path}s/territories/`, { waitUntil: 'load' });
    await page.waitForURL(`${baseURL()}${path}#territories`);
    await page.waitForFunction(() => document.querySelector('#territories figure.graphic')?.getAttribute('data-shown-step'));
    expect(await page.locator('#territories figure.graphic').getAttribute('data-shown-step')).toBe(story.sections.find((s) => s.id === 'territories')!.steps[0]!.id);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each([320, 390])('the language link at %i px', (width) => {
  it.each(['/', '/es/', '/es/embed-codes/', '/embed-codes/'])('is on top, where a finger can reach it, on %s', async (path) => {
    const { page } = await openPage(browser, { viewport: { width, height: 700 } });
    await page.goto(`${baseURL()}${path}`, { waitUntil: 'load' });
    const link = page.locator('[data-lang-link]');
    expect(await link.count()).toBe(1);
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // Nothing (a step box, the sticky graphic) is drawn over its middle.
    const top = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-lang-link]') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(top).toBe(true);
    await page.context().close();
  });
});

describe('the Spanish embeds', () => {
  let host: { server: import('node:http').Server; url: string };
  beforeAll(async () => {
    const { hostServer } = await import('./hosts');
    const head = '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0">';
    host = await hostServer({
      '/pym.html': `${head}<p>Texto antes.</p><div id="c"></div><p>Después.</p><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('c', '${baseURL()}/es/embed/map/#territories-sinaloa', { title: 'Mapa' });</script></body></html>`
    });
  });
  afterAll(async () => {
    await new Promise((ok) => host?.server.close(ok));
  });

  it('are sized by the real pym.js Parent, in Spanish, with the link to the English embed inside what is measured', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 900 } });
    await page.goto(`${host.url}/pym.html`, { waitUntil: 'load' });
    await page.waitForSelector('#c iframe');
    const frame = () => page.frames().find((f) => f.url().startsWith(`${baseURL()}/es/embed/map/`))!;
    await page.waitForFunction(() => (document.querySelector('#c iframe')?.getBoundingClientRect().height ?? 0) > 200);
    await frame().waitForSelector('[data-active-step="territories-sinaloa"]');
    expect(await frame().locator('html').getAttribute('lang')).toBe('es');
    const link = frame().locator('[data-lang-link]');
    expect(await link.count()).toBe(1);
    expect(await link.evaluate((a) => a.closest('[data-embed-root]') !== null)).toBe(true);
    await frame().waitForFunction(() => (document.querySelector('[data-lang-link]') as HTMLAnchorElement).href.includes('#'));
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${baseURL()}/embed/map/#territories-sinaloa`);
    for (let i = 0; i < 60; i++) {
      const [h, c] = [
        await page.locator('#c iframe').evaluate((el) => el.getBoundingClientRect().height),
        await frame().locator('[data-embed-root]').evaluate((el) => el.getBoundingClientRect().height)
      ];
      if (Math.abs(h - c) <= 2) break;
      await page.waitForTimeout(100);
    }
    const hostH = await page.locator('#c iframe').evaluate((el) => el.getBoundingClientRect().height);
    const doc = await frame().evaluate(() => document.documentElement.scrollHeight);
    // The whole document is in the frame: nothing (the language link, the credit) is cut off at its foot.
    expect(Math.abs(hostH - doc)).toBeLessThanOrEqual(2);
    expect(await frame().locator('.credit').textContent()).toContain('Información al');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the embed codes page offers Spanish codes that point at /es/embed/', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseURL()}/es/embed-codes/`, { waitUntil: 'load' });
    await page.waitForSelector('select:not([disabled])');
    expect(await page.locator('h1').textContent()).toBe('Inserte esta historia');
    await page.locator('select').first().selectOption('story');
    expect(await page.locator('select').first().locator('option:checked').textContent()).toBe('La historia completa (un gráfico por paso)');
    await page.locator('select').nth(1).selectOption('territories');
    const code = await page.locator('#code-iframe').inputValue();
    expect(code).toContain(`src="${site}/es/embed/#territories"`);
    expect(await page.locator('#code-pym').inputValue()).toContain(`data-pym-src="${site}/es/embed/#territories"`);
    expect(await page.locator('[data-code] button').allTextContents()).toEqual(['Copiar', 'Copiar']);
    await page.locator('select').first().selectOption('map');
    expect(await page.locator('select').nth(1).locator('option').nth(1).textContent()).toMatch(/, paso 1$/);
    expect(await page.locator('[data-embed-preview]').getAttribute('title')).toMatch(/^Vista previa: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
