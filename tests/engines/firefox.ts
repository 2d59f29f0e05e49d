// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi: one page per tab.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ERROR_RECORDER, sleep, type Engine, type Tab, type Viewport } from './engine';
import { scriptedTab } from './scripted';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox(): Promise<Engine> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const profile = mkdtempSync(join(tmpdir(), 'handover-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // No updates, telemetry or other hosts: the tests check that the site asks only 127.0.0.1.
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false
    }
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async open(viewport: Viewport): Promise<Tab> {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(ERROR_RECORDER);
      return scriptedTab(page, {
        async waitForDocument(accept, timeoutMs = 10_000) {
          const end = Date.now() + timeoutMs;
          for (;;) {
            const ok = await page
              .evaluate(() => [location.href, document.readyState] as const)
              .then(([href, state]) => accept(href) && state === 'complete')
              .catch(() => false);
            if (ok) return;
            if (Date.now() > end) throw new Error(`no document passed the check within ${timeoutMs} ms (at ${page.url()})`);
            await sleep(50);
          }
        },
        async type(selector, text) {
          await page.click(selector);
          await page.keyboard.type(text);
        },
        close: () => page.close()
      });
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
}
