// Debian's Chromium through playwright-core: one context per tab, requests to other hosts aborted.
import { launch } from '../browser/browser';
import { ERROR_RECORDER, type Engine, type Tab, type Viewport } from './engine';

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
      // The same in-page recorder as in the other engines, so error counts mean the same thing in each.
      const errors: string[] = [];
      const collect = async () => {
        const inPage = await page
          .evaluate(() => (window as unknown as { __errors?: string[] }).__errors?.splice(0) ?? [])
          .catch(() => [] as string[]);
        errors.push(...inPage);
      };
      return {
        async goto(url) {
          await collect();
          await page.goto(url, { waitUntil: 'load' });
        },
        async waitForDocument(accept, timeoutMs = 10_000) {
          await page.waitForURL((u) => accept(u.href), { timeout: timeoutMs, waitUntil: 'load' });
        },
        run: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async press(keys, gapMs) {
          for (const k of keys) {
            await page.keyboard.press(k);
            await page.waitForTimeout(gapMs);
          }
        },
        tap: (x, y) => page.mouse.click(x, y),
        async type(selector, text) {
          await page.locator(selector).first().click();
          await page.keyboard.type(text);
        },
        async errors() {
          await collect();
          return [...errors];
        },
        close: () => context.close()
      };
    },
    close: () => browser.close()
  };
}
