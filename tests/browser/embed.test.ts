// Embeds on a news site: a host page on another origin sizes /embed/map/ with the real pym.js Parent or with
// /embed.js, follows it as it grows and shrinks, and shrugs off spoofed and malformed messages.
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage } from './browser';
import { hostServer } from './hosts';

let browser: Browser;
let host: { server: Server; url: string };
let site: string;

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><style>body{margin:0;font-family:sans-serif}p{margin:1rem}</style></head><body>`;

// Everything a hostile frame or script can throw at the host's message listener.
const HOSTILE = `[
  'pymxPYMxcxPYMxheightxPYMx5', 'pymxPYMxanyxPYMxheightxPYMx4321', 'pymxPYMxanyxPYMxheightxPYMx-50',
  'pymxPYMxanyxPYMxheightxPYMx99999999999', 'pymxPYMxanyxPYMxheightxPYMxNaN', 'pymxPYMxanyxPYMxheightxPYMx',
  'pymxPYMxanyxPYMxwidthxPYMx10', 'garbage', '', '{"datawrapper-height":{"handover-map":7}}', 'x'.repeat(100000),
  null, undefined, 0, -1, 1e308, true, [], [1, 2], {}, { 'datawrapper-height': null },
  { 'datawrapper-height': 12 }, { 'datawrapper-height': [] }, { 'datawrapper-height': {} },
  { 'datawrapper-height': { 'handover-map': 9 } }, { 'datawrapper-height': { 'handover-map': -9 } },
  { 'datawrapper-height': { 'handover-map': 1e12 } }, { 'datawrapper-height': { 'handover-map': '300' } },
  { 'datawrapper-height': { 'handover-map': NaN } }, { 'datawrapper-height': { 'handover-map': Infinity } },
  { 'datawrapper-height': { a: 100, b: 200 } }, { 'datawrapper-height': { 'handover-map': { h: 1 } } },
  { sender: 'Flourish', method: 'resize', height: 11 }, { sentinel: 'amp', type: 'embed-size', height: 13 }
]`;

beforeAll(async () => {
  browser = await launch();
  site = baseURL();
  const frame = (attrs: string) =>
    `<iframe data-handover-embed ${attrs} src="${site}/embed/map/" title="Map" width="100%" height="150" scrolling="no" style="border:0;width:100%;display:block"></iframe>`;
  host = await hostServer({
    '/pym.html': `${HEAD}<p>Article text before.</p><div id="c"></div><p>After.</p><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('c', '${site}/embed/map/', { title: 'Map' });</script></body></html>`,
    '/snippet.html': `${HEAD}<p>Article text before.</p>${frame('id="a"')}<p>Between.</p><iframe id="hostile" src="/hostile.html" title="ad" style="height:40px;border:0"></iframe><p>After.</p><script async src="${site}/embed.js"></script></body></html>`,
    // The snippet arrives long after the embed has loaded and spoken: it must still size it.
    '/late.html': `${HEAD}${frame('id="a"')}<script>setTimeout(function(){var s=document.createElement('script');s.src='${site}/embed.js';document.body.appendChild(s);},1500)</script></body></html>`,
    '/hostile.html': `${HEAD}<script>window.attack = function(){ var n = 0; ${HOSTILE}.forEach(function(m){ parent.postMessage(m, '*'); n++; }); return n; };</script></body></html>`
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => host?.server.close(ok));
});

function embedFrame(page: Page): Frame {
  const f = page.frames().find((fr) => fr.url().startsWith(`${site}/embed/map/`));
  if (!f) throw new Error('the embed frame is not on the page');
  return f;
}

async function heights(page: Page, iframe: string) {
  const hostH = await page.locator(iframe).evaluate((el) => el.getBoundingClientRect().height);
  const childH = await embedFrame(page)
    .locator('[data-embed-root]')
    .evaluate((el) => el.getBoundingClientRect().height);
  return { host: hostH, child: childH };
}

/** Waits until the host frame's height matches the content's (within 2 px) and holds still; returns both. */
async function settled(page: Page, iframe: string) {
  let last = { host: -1, child: -1 };
  for (let i = 0; i < 60; i++) {
    const h = await heights(page, iframe);
    if (Math.abs(h.host - h.child) <= 2 && h.host === last.host && h.child === last.child) return h;
    last = h;
    await page.waitForTimeout(100);
  }
  return last;
}

async function checkWidths(page: Page, iframe: string) {
  const seen: number[] = [];
  for (const width of [320, 768, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    const h = await settled(page, iframe);
    expect(Math.abs(h.host - h.child), `at ${width}px: host ${h.host}, content ${h.child}`).toBeLessThanOrEqual(2);
    expect(h.child).toBeGreaterThan(150);
    seen.push(h.child);
  }
  // The content really changed with the width, so the host really followed it.
  expect(new Set(seen).size).toBe(3);

  // Shrink: narrower host → shorter chart; the frame must come down too (pym #165).
  const wide = await settled(page, iframe);
  await page.setViewportSize({ width: 320, height: 900 });
  const narrow = await settled(page, iframe);
  expect(narrow.child).toBeLessThan(wide.child - 100);
  expect(Math.abs(narrow.host - narrow.child)).toBeLessThanOrEqual(2);

  // Content change at a fixed width: open the scene list (grow), close it (shrink).
  const details = embedFrame(page).locator('[data-embed-scenes]');
  await details.locator('summary').click();
  const open = await settled(page, iframe);
  expect(open.child).toBeGreaterThan(narrow.child);
  expect(Math.abs(open.host - open.child)).toBeLessThanOrEqual(2);
  await details.locator('summary').click();
  const closed = await settled(page, iframe);
  expect(closed.child).toBeLessThan(open.child);
  expect(Math.abs(closed.host - closed.child)).toBeLessThanOrEqual(2);
}

describe('embedding /embed/map/ on another origin', () => {
  it('with the real pym.js Parent: the frame follows the content at 320, 768, 1200 px and when it shrinks', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 320, height: 900 } });
    await page.goto(`${host.url}/pym.html`, { waitUntil: 'load' });
    await page.waitForSelector('#c iframe');
    expect(embedFrame(page).url()).toContain('childId=c');
    await checkWidths(page, '#c iframe');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with /embed.js: the same', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 320, height: 900 } });
    await page.goto(`${host.url}/snippet.html`, { waitUntil: 'load' });
    await checkWidths(page, '#a');
    // The snippet sets a style (beats host CSS like iframe{height:100%}) and turned off the inner scrollbar.
    expect(await page.locator('#a').evaluate((el) => (el as HTMLElement).style.height)).toMatch(/^\d+px$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with /embed.js loaded long after the embed spoke: it asks, and sizes the frame', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 768, height: 900 } });
    await page.goto(`${host.url}/late.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __handoverEmbed?: boolean }).__handoverEmbed === true, null, {
      timeout: 10_000
    });
    const h = await settled(page, '#a');
    expect(h.host).not.toBe(150);
    expect(Math.abs(h.host - h.child)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ignores spoofed and malformed messages from another frame and from the host window, without an error', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 768, height: 900 } });
    await page.goto(`${host.url}/snippet.html`, { waitUntil: 'load' });
    const before = await settled(page, '#a');
    const hostileBefore = await page.locator('#hostile').evaluate((el) => el.getBoundingClientRect().height);

    const hostile = page.frames().find((f) => f.url().endsWith('/hostile.html'))!;
    const sent = await hostile.evaluate(() => (window as unknown as { attack: () => number }).attack());
    expect(sent).toBeGreaterThan(30);
    // The host's own window posting the same battery to itself.
    await page.evaluate(`(${HOSTILE}).forEach(function (m) { window.postMessage(m, '*'); })`);
    await page.waitForTimeout(500);

    const after = await heights(page, '#a');
    expect(after.host).toBe(before.host);
    expect(await page.locator('#hostile').evaluate((el) => el.getBoundingClientRect().height)).toBe(hostileBefore);
    expect(errors).toEqual([]);

    // And the listener survived: a real change still sizes the frame.
    await embedFrame(page).locator('[data-embed-scenes] summary').click();
    const open = await settled(page, '#a');
    expect(open.host).toBeGreaterThan(before.host);
    expect(Math.abs(open.host - open.child)).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

describe('the embed pages themselves', () => {
  it('/embed/map/#step shows that step; /embed/ unrolls the story and narrows to a named section', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site}/embed/map/`);
    const ids = await page.locator('.scenes a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    const last = ids.at(-1)!;
    await page.goto('about:blank'); // a fresh load, not a hash change on the page just loaded
    await page.goto(`${site}/embed/map/#${last}`);
    await expect.poll(() => page.locator('[data-active-step]').getAttribute('data-active-step')).toBe(last);

    await page.goto(`${site}/embed/`);
    const sections = await page.locator('[data-embed-section]').evaluateAll((s) => s.map((x) => x.getAttribute('data-embed-section')!));
    expect(sections.length).toBeGreaterThan(1);
    // One chart per step, in reading order: every step has its own figure.
    expect(await page.locator('[data-step-figure]').count()).toBe(await page.locator('li[data-step]').count());
    await page.goto('about:blank'); // a fresh load, not a hash change on the page just loaded
    await page.goto(`${site}/embed/#${sections[1]}`);
    await expect
      .poll(() => page.locator('[data-embed-section]').evaluateAll((s) => s.map((x) => x.getAttribute('data-embed-section'))))
      .toEqual([sections[1]]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([390, 1200])('at %ipx every embedded chart is drawn at a real size, and legend icons keep theirs', async (width) => {
    const { page } = await openPage(browser, { viewport: { width, height: 800 } });
    for (const path of ['/embed/', '/embed/map/', '/embed/network/', '/embed/timeline/']) {
      await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
      const sizes = await page.evaluate(() => {
        // The box a chart is seen in: the network's stage (its chart pans inside it), else the chart's svg.
        const boxes = [...document.querySelectorAll('svg[data-viz]')].map((svg) => (svg.closest('.stage') ?? svg).getBoundingClientRect());
        const icons = [...document.querySelectorAll('.chart svg:not([data-viz])')]
          .filter((svg) => !svg.parentElement!.closest('svg') && !svg.closest('.stage'))
          .map((svg) => svg.getBoundingClientRect().width);
        return { boxes: boxes.map((b) => [b.width, b.height]), biggestIcon: Math.max(0, ...icons) };
      });
      expect(sizes.boxes.length, path).toBeGreaterThan(0);
      for (const [w, h] of sizes.boxes) {
        expect(w, path).toBeGreaterThan(width / 2);
        expect(h, path).toBeGreaterThan(150);
      }
      expect(sizes.biggestIcon, path).toBeLessThanOrEqual(32);
    }
    await page.context().close();
  });

  it('embed CSS sizes nothing by the viewport (no 100vh/svh, no height:100% on html/body)', async () => {
    const { page } = await openPage(browser);
    for (const path of ['/embed/', '/embed/map/']) {
      await page.goto(`${site}${path}`);
      const rules = await page.evaluate(() => {
        const out: string[] = [];
        for (const sheet of Array.from(document.styleSheets))
          for (const r of Array.from(sheet.cssRules)) out.push(r.cssText);
        return out;
      });
      const embedRules = rules.filter((r) => /embed|unrolled|\.chart|\.scenes|\.step\b/.test(r) && !/\.story\b/.test(r));
      for (const r of embedRules) expect(r, path).not.toMatch(/\d+(vh|svh|dvh|lvh)/);
      for (const r of rules.filter((x) => /^(html|body)\s*\{/.test(x))) expect(r).not.toMatch(/height:\s*100%/);
    }
    await page.context().close();
  });
});
