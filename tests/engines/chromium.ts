// Debian's Chromium through playwright-core: one context per tab, requests to other hosts aborted.
import { launch } from '../browser/browser';
import { ERROR_RECORDER, type Engine, type Tab, type Viewport } from './engine';
import { scriptedTab } from './scripted';

export async function launchChromium(): Promise<Engine> {
  const browser = await launch();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async open(viewport: Viewport): Promise<Tab> {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(ERROR_RECORDER);
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()
      );
      const page = await context.newPage();
      return scriptedTab(page, {
        async waitForDocument(accept, timeoutMs = 10_000) {
          await page.waitForURL((u) => accept(u.href), { timeout: timeoutMs, waitUntil: 'load' });
        },
        async type(selector, text) {
          await page.locator(selector).first().click();
          await page.keyboard.type(text);
        },
        close: () => context.close()
      });
    },
    close: () => browser.close()
  };
}
