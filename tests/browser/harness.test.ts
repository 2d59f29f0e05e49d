// The test browser itself: what it runs beside the page under test, so pages are timed and tested alone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commandLine, launch, openPage, WEBUI_OFF } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('opens each page with no desktop WebUI beside it, and keeps the features Playwright turns off', async () => {
  const cdp = await browser.newBrowserCDPSession();
  for (let i = 0; i < 2; i++) {
    const { page } = await openPage(browser);
    await page.goto('data:text/html,<p>page');
    await page.waitForTimeout(500);
    const { targetInfos } = await cdp.send('Target.getTargets');
    expect(targetInfos.filter((t) => t.type === 'page').length).toBe(1);
    expect(targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url)).toEqual([]);
    await page.context().close();
  }
  const features = (await commandLine(browser)).filter((a) => a.startsWith('--disable-features='));
  expect(features.length).toBe(1);
  const off = features[0]!.slice('--disable-features='.length).split(',');
  expect(off).toEqual(expect.arrayContaining([...WEBUI_OFF, 'PaintHolding', 'ThirdPartyStoragePartitioning']));
});
