// The sticky graphics as islands (src/lib/story/island.ts): drawn by the server, hydrated on their own only when
// their section is on screen or near it, in place, and then following the steps; a deep link wakes the one it
// lands on, not the sections before it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

const sticky = buildStory(dataset).sections.filter((s) => s.visual);
const ids = sticky.map((s) => s.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Each sticky section's island state, in story order. */
const states = (page: Page) =>
  page.evaluate((ids) => ids.map((id) => document.querySelector(`[data-graphic-slot="${id}"]`)?.getAttribute('data-island') ?? 'missing'), ids);

/** Resolves after the browser has had an idle moment (when islands near the screen wake). */
const idle = (page: Page) => page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })));

describe('graphics as islands', () => {
  it('the story has six sticky sections, each slot holding the server drawing of its first step', async () => {
    expect(ids).toEqual(['handover', 'territories', 'families', 'forty-years', 'courts', 'bargain']);
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/`);
    for (const s of sticky) {
      const shown = await page.locator(`[data-graphic-slot="${s.id}"] svg[data-step-shown]`).first().getAttribute('data-step-shown');
      expect(shown, s.id).toBe(s.steps[0]!.id);
    }
    expect(await states(page)).toEqual(ids.map(() => 'asleep'));
    await page.context().close();
  });

  it('at load on a phone nothing wakes until the reader moves; then the graphic on screen does, and those far below do not', async () => {
    const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
    const code = `/${manifest['src/lib/viz/lazy.ts']!.file}`;
    const { page, errors, requests } = await openPage(browser);
    const fetched = () => requests.map((u) => new URL(u).pathname).filter((p) => p.includes('/data/models/') || p.endsWith(code));
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    await idle(page);
    // The server's drawing of the first step is what the reader sees: no island's code, model or hydration yet.
    expect(await states(page)).toEqual(ids.map(() => 'asleep'));
    expect(fetched()).toEqual([]);
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 120);
    await page.waitForSelector('[data-graphic-slot="handover"][data-island="live"]');
    await idle(page);
    const got = await states(page);
    expect(got[0]).toBe('live');
    expect(got.slice(2)).toEqual(['asleep', 'asleep', 'asleep', 'asleep']);
    expect(fetched()).toContain(code);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at load, only the drawings near the screen are rendered; a drawing is rendered as its section comes in, without moving the page', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    /** Per sticky section: is its drawing rendered (not skipped by content-visibility)? */
    const rendered = () =>
      page.evaluate(
        (ids) => ids.map((id) => document.querySelector(`[data-graphic-slot="${id}"] svg[data-step-shown]`)!.checkVisibility({ contentVisibilityAuto: true })),
        ids
      );
    const atLoad = await rendered();
    expect(atLoad[0]).toBe(true);
    expect(atLoad.slice(2)).toEqual([false, false, false, false]);
    // The slot keeps its size whether its drawing is rendered or not: the page's height does not change.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.locator('#courts').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await rendered())[ids.indexOf('courts')]).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a deep link hydrates the graphic it lands on, and not the sections before it', async () => {
    const { page, errors } = await openPage(browser);
    const courts = sticky.find((s) => s.id === 'courts')!;
    const target = courts.steps[1]!.id;
    await page.goto(`${baseURL()}/#${target}`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`[data-graphic-slot="courts"] svg[data-step-shown="${target}"]`);
    await idle(page);
    const got = await states(page);
    const at = (id: string) => got[ids.indexOf(id)];
    expect(at('courts')).toBe('live');
    expect([at('handover'), at('territories'), at('families')]).toEqual(['asleep', 'asleep', 'asleep']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an island is hydrated in place: the server drawing it had is the one that follows the steps', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    const section = sticky.find((s) => s.id === 'forty-years')!;
    // Marked while still asleep; a redraw instead of a hydration would drop the mark with the old element.
    await page.evaluate(() => {
      const svg = document.querySelector('[data-graphic-slot="forty-years"] svg[data-viz]') as SVGElement & { __server?: boolean };
      svg.__server = true;
    });
    expect((await states(page))[3]).toBe('asleep');
    const next = section.steps[1]!.id;
    await page.evaluate((id) => (location.hash = `#${id}`), next);
    await page.waitForSelector(`[data-graphic-slot="forty-years"] svg[data-step-shown="${next}"]`);
    expect((await states(page))[3]).toBe('live');
    const kept = await page.evaluate(
      () => (document.querySelector('[data-graphic-slot="forty-years"] svg[data-viz]') as SVGElement & { __server?: boolean }).__server === true
    );
    expect(kept).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('scrolling the whole story wakes every island with their code, and fetches no stylesheet: the styles came with the page', async () => {
    const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
    const code = ['src/lib/viz/lazy.ts', 'src/lib/roster/lazy.ts'].map((k) => `/${manifest[k]!.file}`);
    const { page, errors, requests } = await openPage(browser);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    for (const id of ids) {
      await page.locator(`section#${id} [data-step]`).last().scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-graphic-slot="${id}"][data-island="live"]`);
    }
    await page.locator('#roster').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('#roster tbody tr').length > 0);
    expect(await states(page)).toEqual(ids.map(() => 'live'));
    const paths = requests.map((u) => new URL(u).pathname);
    expect(code.map((c) => paths.filter((p) => p.endsWith(c)).length)).toEqual([1, 1]);
    expect(paths.filter((p) => p.endsWith('.css'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
