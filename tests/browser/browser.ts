// Launches Debian's Chromium through playwright-core. A missing browser fails the run; it never skips.
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export function baseURL(): string {
  return inject('baseURL');
}

/**
 * Headless Chromium builds the desktop omnibox popup (WebUI pages) for every new window, in a renderer of its
 * own: about 1.2 s of CPU, measured, while the page under test loads. No reader's browser does that, and on a
 * 2-core machine it slowed every page a test or the bench opens (a deep link at 4× CPU by about a third).
 */
export const WEBUI_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** A --disable-features switch with WEBUI_OFF added to its list. */
export const withWebUIOff = (flag: string) => `${flag},${WEBUI_OFF.join(',')}`;

/** The switches a launched Chromium was started with, read from its browser process (Linux). */
export async function commandLine(browser: Browser): Promise<string[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const pid = processInfo.find((p) => p.type === 'browser')?.id;
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
}

let options: Promise<LaunchOptions> | undefined;
/**
 * Chromium reads only the last --disable-features, so WEBUI_OFF joins the list Playwright passes (read once from
 * a browser's command line, so Playwright's own choices, such as no paint holding, stay as they are).
 */
function launchOptions(): Promise<LaunchOptions> {
  options ??= (async () => {
    const probe = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    try {
      const own = (await commandLine(probe)).find((a) => a.startsWith('--disable-features='));
      if (!own) throw new Error('Playwright passed Chromium no --disable-features to add to');
      return { executablePath: CHROMIUM, args: [...FLAGS, withWebUIOff(own)], ignoreDefaultArgs: [own], headless: true };
    } finally {
      await probe.close();
    }
  })();
  return options;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch(await launchOptions());
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

/** A page that records console errors and requests; requests to other hosts are recorded and aborted. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || url.startsWith('data:') ? route.continue() : route.abort();
  });
  return { page, errors, requests };
}

/** One Chromium for a test file, launched before its tests and closed after them; the result opens watched pages in it. */
export function chromiumForFile(): (options?: BrowserContextOptions) => Promise<Watched> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options) => openPage(browser!, options);
}
