// Share pages in the build: each section has its own card image (a real 1200×630 PNG made at build time), its own
// title and description, a canonical link to /#section, and it sends the reader there, with or without JS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

const story = buildStory(dataset);
const site = dataset.meta.siteUrl.replace(/\/+$/, '');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function head(html: string, attr: 'property' | 'name', key: string): string | undefined {
  const tag = new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return tag?.[1];
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('share pages in build/', () => {
  it('exist for every section of the story, and only for them', () => {
    expect(readdirSync('build/s').sort()).toEqual(story.sections.map((s) => s.id).sort());
  });

  it.each(story.sections.map((s) => [s.id, s] as const))('/s/%s/ has its own title, description, canonical and a real 1200×630 card', (id, s) => {
    const html = readFileSync(join('build/s', id, 'index.html'), 'utf8');
    expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toContain(s.title);
    expect(decode(head(html, 'name', 'description')!)).toBe(s.summary);
    expect(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]).toBe(`${site}/#${id}`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=../../#${id}"`);

    const image = head(html, 'property', 'og:image')!;
    expect(image).toBe(`${site}/s/${id}/og.png`);
    expect(head(html, 'name', 'twitter:image')).toBe(image);
    expect(head(html, 'name', 'twitter:card')).toBe('summary_large_image');
    const file = join('build', new URL(image).pathname);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(5000);
  });

  it('cards differ from section to section', () => {
    const sums = story.sections.map((s) => readFileSync(join('build/s', s.id, 'og.png')).toString('base64'));
    expect(new Set(sums).size).toBe(sums.length);
  });
});

describe('opening a share page', () => {
  for (const js of [true, false]) {
    it(`lands on /#<section> (${js ? 'with' : 'without'} JavaScript)`, async () => {
      const { page, errors } = await openPage(browser, { javaScriptEnabled: js });
      for (const s of story.sections) {
        const seen: string[] = [];
        const onNav = (f: import('playwright-core').Frame) => {
          if (f === page.mainFrame()) seen.push(f.url());
        };
        page.on('framenavigated', onNav);
        await page.goto(`${baseURL()}/s/${s.id}/`);
        await page.waitForURL((u) => u.pathname === '/', { timeout: 10_000 });
        page.off('framenavigated', onNav);
        // The first stop after the share page is the story at the section (the story may then move the
        // fragment to the step it shows, which is its own contract).
        const from = seen.findIndex((u) => new URL(u).pathname === `/s/${s.id}/`);
        expect(from, s.id).toBeGreaterThanOrEqual(0);
        expect(seen.slice(from).find((u) => new URL(u).pathname === '/'), s.id).toBe(`${baseURL()}/#${s.id}`);
        expect(await page.locator(`section#${s.id}`).count()).toBe(1);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('has a visible link to the section for readers whose browser does not follow the refresh', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    // Stop the refresh: read the page as served.
    await page.route('**/s/*/', async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response: res, body });
    });
    const s = story.sections[0]!;
    await page.goto(`${baseURL()}/s/${s.id}/`);
    const link = page.locator('[data-share-target]');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(new URL(page.url()).hash).toBe(`#${s.id}`);
    await page.context().close();
  });
});

describe('search', () => {
  it('the story page has OG, Twitter and NewsArticle JSON-LD with the dates from meta', () => {
    const html = readFileSync('build/index.html', 'utf8');
    expect(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]).toBe(`${site}/`);
    expect(head(html, 'property', 'og:image')).toBe(`${site}/og.png`);
    expect(pngSize(readFileSync('build/og.png'))).toEqual({ width: 1200, height: 630 });
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(ld);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(dataset.meta.title);
    expect(data.datePublished).toBe(dataset.meta.published);
    expect(data.dateModified).toBe(dataset.meta.modified);
  });

  it('sitemap.xml lists the story; robots.txt points to it', () => {
    const xml = readFileSync('build/sitemap.xml', 'utf8');
    expect(xml).toContain(`<loc>${site}/</loc>`);
    expect(xml).toContain(`<lastmod>${dataset.meta.modified}</lastmod>`);
    expect(readFileSync('build/robots.txt', 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });

  it('the share control is a plain link to the share page without JS', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/`);
    for (const s of story.sections.filter((x) => x.visual && x.steps.length)) {
      const href = await page.locator(`[data-share="${s.id}"]`).getAttribute('href');
      expect(new URL(href!, `${baseURL()}/`).pathname).toBe(`/s/${s.id}/`);
    }
    await page.context().close();
  });

  it('the share control copies the share link where there is no share sheet', async () => {
    const { page } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    });
    await page.goto(`${baseURL()}/`);
    const s = story.sections.find((x) => x.visual && x.steps.length)!;
    await page.locator(`[data-share="${s.id}"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/s/${s.id}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});
