// The roster in real Chromium: the count names exactly the rows the reader sees, at phone to desktop widths.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';
import { ROSTER_SHOWN, type RosterShown } from './roster-contract';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const transferred = dataset.people.filter((p) => p.transfer);
const WIDTHS = [320, 390, 768, 1440];

async function shown(page: Page): Promise<RosterShown> {
  return (await page.evaluate(ROSTER_SHOWN)) as RosterShown;
}

/** Types into the search box and waits until the live count has followed. */
async function search(page: Page, query: string) {
  const before = await page.locator('#roster [aria-live]').textContent();
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((b) => document.querySelector('#roster [aria-live]')!.textContent !== b, before);
}

describe('the roster count', () => {
  it.each(WIDTHS)('names exactly the rows with a rendered box at %i px', async (width) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: 844 } });
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });

    const all = await shown(page);
    expect(all.rows).toBe(transferred.length);
    expect(all.shown).toHaveLength(transferred.length);
    expect(all.said).toBe(transferred.length);

    // Caro Quintero is one of the 92: a query that narrows the list to a few rows.
    await search(page, 'Caro Quintero');
    const some = await shown(page);
    expect(some.shown).toContain('rafael-caro-quintero');
    expect(some.said).toBeLessThan(transferred.length);
    expect(some.shown).toHaveLength(some.said);

    await search(page, 'no such person anywhere');
    const none = await shown(page);
    expect(none.said).toBe(0);
    expect(none.shown).toEqual([]);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
