// The story page in real Chromium: renders cleanly, stays on this host, works without JavaScript, passes axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseURL, launch, openPage } from './browser';
import { dataset, formatDate } from './data';

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
      // Scroll, then let the page paint once: the scroll's work has run when the next frame starts.
      await page.evaluate((top) => new Promise((done) => (window.scrollTo(0, top), requestAnimationFrame(() => done(null)))), y);
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

  it('links the roster page without JavaScript, and with it brings the rows in and filters them in place', async () => {
    const transferred = dataset.people.filter((p) => p.transfer);
    // Without JavaScript the story's roster is a link to the roster page, which has every row.
    const off = await openPage(browser, { javaScriptEnabled: false });
    await off.page.goto(`${baseURL()}/`);
    expect(await off.page.locator('#roster tbody tr').count()).toBe(0);
    await off.page.locator('#roster [data-roster-more] a').click();
    await off.page.waitForURL(`${baseURL()}/roster/`);
    expect(await off.page.locator('tbody tr').count()).toBe(transferred.length);
    await off.page.context().close();

    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });
    // The rows are fetched from the roster page and replace the link once every one is in.
    await page.locator('#roster [data-roster-more]').waitFor({ state: 'detached' });
    const rows = page.locator('#roster tbody tr');
    expect(await rows.count()).toBe(transferred.length);
    // Search for the first named person with an alias, by that alias in capitals.
    const target = transferred.find((p) => p.kind === 'named' && p.aliases.length)!;
    await page.getByRole('searchbox').fill(target.aliases[0]!.toUpperCase());
    const visible = await page.locator('#roster tbody tr:not([hidden])').evaluateAll((trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.person)
    );
    expect(visible).toContain(target.id);
    expect(visible.length).toBeLessThan(transferred.length);
    expect(await page.locator('#roster [aria-live]').textContent()).toContain(`${visible.length} of ${transferred.length}`);
    // No row of an unidentified or sealed person shows a name.
    for (const p of dataset.people.filter((x) => x.transfer && x.kind !== 'named')) {
      const th = await page.locator(`tr[data-person="${p.id}"] th span`).first().textContent();
      expect(th).toMatch(/^(Unidentified|Name sealed by the US court)$/);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no axe-core violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme });
      await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
      const violations = await axeViolations(page);
      expect(violations, colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});
