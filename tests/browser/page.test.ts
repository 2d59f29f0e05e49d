// The story page in real Chromium: renders cleanly, stays on this host, works without JavaScript, passes axe.
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage } from './browser';
import { dataset, formatDate } from './data';

const require = createRequire(import.meta.url);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the story page', () => {
  it('renders with no console error and requests nothing beyond 127.0.0.1', async () => {
    const { page, errors, requests } = await openPage(browser);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    // Scroll through the whole page so lazy work and every scene change run too.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(20);
    }
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe(dataset.meta.title);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    await page.context().close();
  });

  it('shows the heading, the three counts and dates, and the "as of" date without JavaScript', async () => {
    const { page, errors } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/`);
    expect(await page.locator('h1').textContent()).toBe(dataset.meta.title);
    const items = page.locator('[data-transfer]');
    expect(await items.count()).toBe(dataset.transfers.length);
    for (const t of dataset.transfers) {
      const item = page.locator(`[data-transfer="${t.id}"]`);
      expect(await item.locator('[data-count]').textContent()).toBe(String(t.count));
      expect(await item.locator('time').getAttribute('datetime')).toBe(t.date);
      expect(await item.locator('time').textContent()).toBe(formatDate(t.date));
    }
    expect(await page.locator('.asof time').getAttribute('datetime')).toBe(dataset.meta.asOf);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no axe-core violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme });
      await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run({ resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      });
      expect(violations, colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});
