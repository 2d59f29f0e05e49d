// Deploy anywhere: the site built with BASE_PATH and SITE_URL, served from that path on that origin. The build goes
// to .build-base/ (the normal build/ is untouched); the browser asks https://news.example/graphics/2026/handover/…
// and every request to that origin is answered by the test server, so a link that forgets the base path fails.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { buildStory } from '../../src/lib/story';
import { launch } from './browser';
import { dataset } from './data';
import { hostServer } from './hosts';

const OUT = '.build-base';
const BASE = '/graphics/2026/handover';
const ORIGIN = 'https://news.example';
const ROOT = `${ORIGIN}${BASE}`;
const story = buildStory(dataset);
const sticky = story.sections.filter((s) => s.visual && s.steps.length);

let browser: Browser;
let local: { server: Server; url: string };

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build'], {
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: ORIGIN, HANDOVER_OUT: OUT },
    stdio: 'pipe'
  });
  local = await serve(OUT, 0, { base: BASE });
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => local?.server.close(ok));
});

/** A browser where news.example is served from .build-base/ under the base path; anything else is refused. */
async function newsroom(): Promise<{ context: BrowserContext; failed: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const failed: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN) {
      try {
        const response = await route.fetch({ url: `${local.url}${url.pathname}${url.search}`, maxRedirects: 0 });
        return await route.fulfill({ response });
      } catch (e) {
        // A share page hands the reader on while its own loads are in flight: the browser drops them, and the
        // answer has nowhere to go. That is not a missing file; anything else is a failure to report.
        const message = String(e);
        if (/disposed|closed|already handled/i.test(message)) return;
        failed.push(`route ${url.href}: ${message}`);
        return;
      }
    }
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    failed.push(`other host: ${url.href}`);
    return route.abort();
  });
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  context.on('requestfailed', (r) => {
    // A page that hands the reader on (a share page) cancels its own pending loads: the browser's abort is not
    // a missing file, and a wrong path still shows up as a 404 above.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (!failed.some((f) => f.endsWith(r.url()))) failed.push(`failed ${r.url()}`);
  });
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(String(e.error())));
  return { context, failed, errors };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe(`the site built for ${ROOT}/`, () => {
  it('has no root-absolute link that skips the base path, and every absolute URL is under the site root', () => {
    const pages = files(OUT).filter((f) => /\.(html|xml|txt|json)$/.test(f) || f.endsWith('_headers'));
    expect(pages.length).toBeGreaterThan(15);
    const bad: string[] = [];
    for (const f of pages) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:href|src|action|content|data-pym-src)=(?:"|&quot;)(\/[^"&]*)/g))
        if (!m[1]!.startsWith(`${BASE}/`)) bad.push(`${f}: ${m[1]}`);
      for (const m of text.matchAll(/https?:\/\/(?:news|handover)\.example[^\s"'<>\\&]*/g))
        // The root itself (meta.siteUrl in the page data) or a URL under it.
        if (m[0] !== ROOT && !m[0].startsWith(`${ROOT}/`)) bad.push(`${f}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
    const index = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(/<link rel="canonical" href="([^"]*)"/.exec(index)?.[1]).toBe(`${ROOT}/`);
    expect(index).toContain(`<meta property="og:image" content="${ROOT}/og.png"`);
    expect(readFileSync(join(OUT, 'sitemap.xml'), 'utf8')).toContain(`<loc>${ROOT}/</loc>`);
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT}/sitemap.xml`);
    expect(readFileSync(join(OUT, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}/embed/\\*$`, 'm'));
    const share = readFileSync(join(OUT, 's', sticky[0]!.id, 'index.html'), 'utf8');
    expect(share).toContain(`<meta property="og:image" content="${ROOT}/s/${sticky[0]!.id}/og.png"`);
    expect(/<link rel="canonical" href="([^"]*)"/.exec(share)?.[1]).toBe(`${ROOT}/#${sticky[0]!.id}`);
  });

  it('the story loads, scrolls and steps with no failing request, and every download and card loads', async () => {
    const { context, failed, errors } = await newsroom();
    const page = await context.newPage();
    await page.goto(`${ROOT}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(dataset.meta.title);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(15);
    }
    await page.goto(`${ROOT}/#${sticky[1]!.steps[1]!.id}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-active-step]').getAttribute('data-active-step')).toBe(sticky[1]!.steps[1]!.id);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${sticky[1]!.steps[2]!.id}`);
    expect(new URL(page.url()).pathname).toBe(`${BASE}/`);

    // Every link to a file of the site (downloads, embed codes), and the cards: each answers under the base path.
    const links = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin) && !h.includes('#'))
    );
    const downloads = [...new Set(links)].filter((h) => /\/data\/|embed-codes/.test(h));
    expect(downloads.map((h) => new URL(h).pathname).sort()).toEqual(
      expect.arrayContaining([`${BASE}/data/people.csv`, `${BASE}/data/people.json`, `${BASE}/data/events.json`, `${BASE}/embed-codes/`])
    );
    const cards = [`${ROOT}/og.png`, ...story.sections.map((s) => `${ROOT}/s/${s.id}/og.png`)];
    const statuses = await page.evaluate(
      (urls) => Promise.all(urls.map((u) => fetch(u).then((r) => `${r.status} ${u}`))),
      [...downloads, ...cards, `${ROOT}/embed.js`, `${ROOT}/sitemap.xml`]
    );
    expect(statuses.filter((s) => !s.startsWith('200 '))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a share page takes the reader to its section under the base path', async () => {
    const { context, failed, errors } = await newsroom();
    const page = await context.newPage();
    const s = sticky[2]!;
    await page.goto(`${ROOT}/s/${s.id}/`);
    await page.waitForURL(`${ROOT}/#${s.id}`);
    await expect.poll(() => page.locator(`#${s.id} figure.graphic`).getAttribute('data-shown-step')).toBe(s.steps[0]!.id);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embed code from /embed-codes/ works on a host page: the frame loads from the base path and is sized', async () => {
    const { context, failed, errors } = await newsroom();
    const page = await context.newPage();
    await page.goto(`${ROOT}/embed-codes/`, { waitUntil: 'networkidle' });
    await page.locator('select').first().selectOption('map');
    const code = await page.locator('#code-iframe').inputValue();
    expect(code).toContain(`src="${ROOT}/embed/map/"`);
    expect(code).toContain(`src="${ROOT}/embed.js"`);
    await expect.poll(() => page.locator('[data-embed-preview]').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(600);

    const host = await hostServer({ '/a.html': `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Host</title></head><body><p>Article.</p>${code}</body></html>` });
    await page.goto(`${host.url}/a.html`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 15_000 }).not.toBe(600);
    const frame = (await page.locator('iframe').elementHandle())!.contentFrame();
    expect(await (await frame)!.locator('svg[data-viz]').count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await new Promise((ok) => host.server.close(ok));
    await context.close();
  });
});
