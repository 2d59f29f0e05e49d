// The Content-Security-Policy in a real browser: every page carries a strict policy (Kit's <meta> with hashes, plus
// the host's header from _headers), and reading, stepping, sharing, copying, the share pages' redirect and the
// embeds inside a host page on another origin all run without a single `securitypolicyviolation`.
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import { baseURL, launch } from './browser';
import { dataset } from './data';
import { hostServer } from './hosts';

const story = buildStory(dataset);
const sticky = story.sections.filter((s) => s.visual && s.steps.length);
let browser: Browser;
let host: { server: Server; url: string };

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  url: string;
}

beforeAll(async () => {
  browser = await launch();
  const site = baseURL();
  const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body><p>Article.</p>`;
  host = await hostServer({
    '/host.html':
      `${HEAD}<iframe data-handover-embed src="${site}/embed/#${sticky[0]!.steps[1]!.id}" title="Story" width="100%" height="300"></iframe>` +
      `<iframe data-handover-embed src="${site}/embed/map/" title="Map" width="100%" height="300"></iframe>` +
      `<div id="c"></div><script async src="${site}/embed.js"></script><script src="/pym.v1.min.js"></script>` +
      `<script>new pym.Parent('c', '${site}/embed/network/', { title: 'Network' });</script></body></html>`
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => host?.server.close(ok));
});

/** A context that records every CSP violation in every frame, and every console error. */
async function watched(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const violations: Violation[] = [];
  const errors: string[] = [];
  await context.exposeBinding('__cspViolation', (_source, v: Violation) => void violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        (window as unknown as { __cspViolation: (v: object) => void }).__cspViolation({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          url: location.href
        }),
      true
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, violations, errors };
}

async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(15);
  }
}

/** The policy Kit wrote into the page's <meta>, as directive → sources. */
async function metaPolicy(page: Page): Promise<Record<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return Object.fromEntries(
    content!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values])
  );
}

function checkPolicy(p: Record<string, string[]>) {
  expect(p['script-src']![0]).toBe("'self'");
  expect(p['script-src']!.slice(1).every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v))).toBe(true);
  for (const d of ['script-src', 'style-src', 'default-src'])
    expect(p[d]!.filter((v) => /unsafe/.test(v)), d).toEqual([]);
  expect(p['object-src']).toEqual(["'none'"]);
  expect(p['base-uri']).toEqual(["'none'"]);
  expect(p['form-action']).toEqual(["'none'"]);
  expect(p['connect-src']).toEqual(["'self'"]);
  expect(p['img-src']).toEqual(["'self'", 'data:']);
  expect(p['default-src']).toEqual(["'self'"]);
}

const PAGES = ['/', '/embed/', '/embed/map/', '/embed/network/', '/embed/timeline/', '/embed-codes/', ...story.sections.map((s) => `/s/${s.id}/`), '/es/', '/es/embed/', '/es/embed/map/', '/es/embed-codes/', '/es/s/territories/', '/roster/', '/es/roster/'];

describe('the Content-Security-Policy', () => {
  it.each(PAGES)('%s carries the strict policy in its <meta> and frame-ancestors in its header; nothing refused without JS', async (path) => {
    // No script runs here to hear a violation event: the browser's console reports what the policy refused.
    const { context, page, errors } = await watched({ javaScriptEnabled: false });
    const res = await page.goto(`${baseURL()}${path}`, { waitUntil: 'load' });
    checkPolicy(await metaPolicy(page));
    const header = res!.headers()['content-security-policy']!;
    expect(header).toMatch(/^(\/es)?\/embed\//.test(path) ? /^frame-ancestors \*;/ : /^frame-ancestors 'none';/);
    expect(header).toContain("object-src 'none'");
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is enforced, and a violation would be seen: an injected inline script does not run', async () => {
    const { context, page, violations } = await watched();
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return new Promise((ok) => setTimeout(() => ok((window as unknown as { __injected?: boolean }).__injected ?? false), 100));
    });
    expect(ran).toBe(false);
    expect(violations.map((v) => v.directive)).toEqual(['script-src-elem']);
    await context.close();
  });

  it('the story: scrolling, keys, the stepper, share and copy, the roster search, a deep link — no violation', async () => {
    const { context, page, violations, errors } = await watched({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(150);
    }
    await page.keyboard.press('ArrowLeft');
    const next = page.locator(`#${sticky[1]!.id} .stepper button`).last();
    await page.goto(`${baseURL()}/#${sticky[1]!.steps[0]!.id}`, { waitUntil: 'networkidle' });
    await next.click();
    await page.waitForTimeout(300);
    await page.locator(`[data-share="${sticky[1]!.id}"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/s/${sticky[1]!.id}/`);
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });
    await page.getByRole('searchbox').fill('Caro');
    await page.getByRole('searchbox').press('Enter');
    // The rows come from the roster page (a same-origin fetch, connect-src 'self') and are all in.
    await page.locator('#roster [data-roster-more]').waitFor({ state: 'detached' });
    expect(await page.locator('#roster tbody tr').count()).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('share pages send the reader to the story without a violation', async () => {
    const { context, page, violations, errors } = await watched();
    for (const s of story.sections) {
      await page.goto(`${baseURL()}/s/${s.id}/`);
      await page.waitForURL((u) => u.pathname === '/' && u.hash === `#${s.id}`);
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embeds and the embed codes (select, copy, live preview) run without a violation', async () => {
    const { context, page, violations, errors } = await watched({ permissions: ['clipboard-read', 'clipboard-write'] });
    for (const path of ['/embed/', `/embed/#${sticky[0]!.id}`, '/embed/map/', '/embed/network/', '/embed/timeline/']) {
      await page.goto(`${baseURL()}${path}`, { waitUntil: 'networkidle' });
      await scrollThrough(page);
    }
    await page.locator('[data-embed-scenes] summary').click();
    await page.locator('[data-embed-scenes] a').nth(2).click();
    await page.goto(`${baseURL()}/embed-codes/`, { waitUntil: 'networkidle' });
    await page.locator('select').first().selectOption('network');
    await page.locator('[data-code="iframe"] button').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe data-handover-embed');
    await page.locator('[data-code="pym"] button').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('data-pym-src');
    await expect
      .poll(() => page.locator('[data-embed-preview]').evaluate((f) => f.getBoundingClientRect().height))
      .not.toBe(600);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embeds inside a host page on another origin: sized, no violation in any frame', async () => {
    const { context, page, violations, errors } = await watched({ viewport: { width: 768, height: 900 } });
    await page.goto(`${host.url}/host.html`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('iframe[data-handover-embed]').first().evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('#c iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(200);
    await scrollThrough(page);
    const frames = page.frames().map((f) => new URL(f.url()).pathname);
    expect(frames).toEqual(expect.arrayContaining(['/embed/', '/embed/map/', '/embed/network/']));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the story itself cannot be framed by another site; an embed can', async () => {
    const { context, page } = await watched();
    const framed = await hostServer({
      '/f.html': `<!doctype html><title>f</title><iframe id="story" src="${baseURL()}/"></iframe><iframe id="embed" src="${baseURL()}/embed/map/"></iframe>`
    });
    await page.goto(`${framed.url}/f.html`, { waitUntil: 'load' });
    const frameOf = async (sel: string) => (await page.locator(sel).elementHandle())!.contentFrame();
    const embed = (await frameOf('#embed'))!;
    await expect.poll(() => embed.locator('[data-embed-root]').count()).toBe(1);
    // The story's frame is refused: it never gets the story's document.
    const storyFrame = (await frameOf('#story'))!;
    expect(storyFrame.url()).not.toBe(`${baseURL()}/`);
    expect(await storyFrame.locator('[data-active-step]').count()).toBe(0);
    await new Promise((ok) => framed.server.close(ok));
    await context.close();
  });
});
