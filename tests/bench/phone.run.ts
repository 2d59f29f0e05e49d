// `npm run bench`, the phone's targets of issue 15: Lighthouse 12 (mobile preset, 3 runs, median) on the build
// served with brotli and again with gzip only, the first load's JS and transfer (brotli), the prerendered page's
// DOM size, and how long a deep link to each step takes to show its scene at 4× CPU on a 390 px phone. It prints
// and writes bench/results/phone.json; it asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { buildStory } from '../../src/lib/story';
import { CHROMIUM, FLAGS, launch, openPage, withWebUIOff } from '../browser/browser';
import { dataset } from '../browser/data';

/** Both editions, measured alike: the Spanish page should cost no more than its longer text. */
const EDITIONS = [
  ['English', ''],
  ['Spanish', '/es']
] as const;

const TARGETS = {
  scoreBrotli: '≥ 95',
  scoreGzip: '≥ 90',
  tbt: '≤ 150 ms',
  lcp: '≤ 1500 ms',
  cls: '0',
  firstLoadJs: '≤ 45 KB br',
  firstLoadTransfer: '≤ 120 KB br',
  dom: '≤ 2000 elements',
  deepLink: '≤ 1000 ms median'
};

/** Where issue 15 started (its own measurements, English page, brotli): printed beside each target and today's figure. */
const BEFORE: Record<keyof typeof TARGETS, string> = {
  scoreBrotli: '83 (79–86)',
  scoreGzip: 'not measured',
  tbt: '460–580 ms',
  lcp: '2300–2500 ms',
  cls: 'not stated',
  firstLoadJs: '76 KB br',
  firstLoadTransfer: '≥ 167 KB br (HTML 91 + JS 76)',
  dom: '5506 (prerendered), 4406 (Lighthouse)',
  deepLink: '2400 ms median'
};

const results: Record<string, unknown> = { date: new Date().toISOString(), targets: TARGETS, before: BEFORE };
/** Today's figure per target and edition, filled by the tests below and printed as one table at the end. */
const now: Partial<Record<keyof typeof TARGETS, string[]>> = {};
const note = (k: keyof typeof TARGETS, edition: string, v: string) => (now[k] ??= []).push(`${edition}: ${v}`);
const servers: Server[] = [];
let browser: Awaited<ReturnType<typeof launch>>;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  console.log('\nIssue 15, every target: before → now');
  for (const k of Object.keys(TARGETS) as (keyof typeof TARGETS)[])
    console.log(`  ${k.padEnd(18)} target ${TARGETS[k].padEnd(18)} before ${BEFORE[k].padEnd(40)} now ${(now[k] ?? ['not run']).join('; ')}`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/phone.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten: bench/results/phone.json');
});

/** The build, served by its own server offering these encodings (compressing on the fly where no file is beside). */
async function site(encodings: string[]): Promise<string> {
  const { server, url } = await serve('build', 0, { encodings, compress: true });
  servers.push(server);
  return url;
}

interface Run {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  dom: number;
  bytes: number;
}

async function lighthouseMedian(url: string, path: string, runs = 3): Promise<Run & { runs: Run[] }> {
  // Warm the server's in-memory compression, so no run times the compressor.
  await fetch(`${url}${path}/`, { headers: { 'accept-encoding': 'br, gzip' } });
  // chrome-launcher's own --disable-features, with the omnibox popup's WebUI added (only the last one counts).
  const defaults = chromeLauncher.Launcher.defaultFlags().map((f) => (f.startsWith('--disable-features=') ? withWebUIOff(f) : f));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...defaults, ...FLAGS], ignoreDefaultFlags: true });
  const all: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(`${url}${path}/`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = r!.lhr;
      const a = (id: string) => lhr.audits[id]!.numericValue ?? NaN;
      all.push({
        score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
        fcp: Math.round(a('first-contentful-paint')),
        lcp: Math.round(a('largest-contentful-paint')),
        tbt: Math.round(a('total-blocking-time')),
        cls: +a('cumulative-layout-shift').toFixed(4),
        dom: a('dom-size'),
        bytes: a('total-byte-weight')
      });
    }
  } finally {
    chrome.kill();
  }
  const m = (k: keyof Run) => median(all.map((r) => r[k]));
  return { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), dom: m('dom'), bytes: m('bytes'), runs: all };
}

it('Lighthouse 12, mobile, 3 runs: brotli, then gzip only, each edition', async () => {
  const cases = EDITIONS.flatMap(([edition, path]) =>
    ([['brotli', ['br', 'gzip']], ['gzip', ['gzip']]] as const).map(([name, encodings]) => ({ edition, path, name, encodings }))
  );
  for (const { edition, path, name, encodings } of cases) {
    const r = await lighthouseMedian(await site([...encodings]), path);
    results[`lighthouse-${name}${path}`] = r;
    const ed = `${edition} ${name}`;
    note(name === 'brotli' ? 'scoreBrotli' : 'scoreGzip', edition, String(r.score));
    note('tbt', ed, `${r.tbt} ms`);
    note('lcp', ed, `${r.lcp} ms`);
    note('cls', ed, String(r.cls));
    console.log(
      `\n[${edition}] Lighthouse mobile, ${name} (median of ${r.runs.length}): score ${r.score} (target ${name === 'brotli' ? TARGETS.scoreBrotli : TARGETS.scoreGzip}), ` +
        `FCP ${r.fcp} ms, LCP ${r.lcp} ms (target ${TARGETS.lcp}), TBT ${r.tbt} ms (target ${TARGETS.tbt}), CLS ${r.cls} (target 0), ` +
        `DOM ${r.dom} elements, transferred ${kb(r.bytes)}; runs: ${r.runs.map((x) => x.score).join(', ')}`
    );
  }
});

it('first load: JS and transfer (brotli), DOM elements of the prerendered page, each edition', async () => {
  for (const [edition, path] of EDITIONS) {
    const { page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const bodies: { url: string; type: string; body: Buffer }[] = [];
    // Everything until the network is idle: the page, its modules, and whatever wakes before the reader moves
    // (no island does; src/lib/story/island.ts).
    page.on('response', async (r) => {
      try {
        bodies.push({ url: r.url(), type: r.request().resourceType(), body: await r.body() });
      } catch {
        /* redirects have no body */
      }
    });
    await page.goto(`${await site(['br', 'gzip'])}${path}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const js = bodies.filter((b) => b.type === 'script' || b.url.endsWith('.js')).reduce((n, b) => n + br(b.body), 0);
    const transfer = bodies.reduce((n, b) => n + br(b.body), 0);
    await page.context().close();

    // Parsed as a browser running scripts parses it (a <noscript> is text), with every subresource refused so
    // nothing hydrates: the prerendered page's count, as tests/browser/budgets.test.ts counts it.
    const { page: still } = await openPage(browser);
    await still.route('**/*', (r) => (r.request().resourceType() === 'document' ? r.continue() : r.abort()));
    await still.goto(`${await site(['br', 'gzip'])}${path}/`, { waitUntil: 'domcontentloaded' });
    const dom = await still.evaluate(() => document.querySelectorAll('*').length);
    await still.context().close();

    const html = bodies.find((b) => b.type === 'document');
    results[`firstLoad${path}`] = { requests: bodies.length, jsBrotli: js, transferBrotli: transfer, htmlBrotli: html ? br(html.body) : 0, domElements: dom };
    note('firstLoadJs', edition, kb(js));
    note('firstLoadTransfer', edition, kb(transfer));
    note('dom', edition, String(dom));
    console.log(
      `\n[${edition}] HTML ${kb(html ? br(html.body) : 0)} br. First load, to network idle (${bodies.length} requests): JS ${kb(js)} br (target ${TARGETS.firstLoadJs}), ` +
        `transfer ${kb(transfer)} br (target ${TARGETS.firstLoadTransfer}); build${path}/index.html has ${dom} elements (target ${TARGETS.dom})`
    );
  }
});

it('deep link to every step at 4× CPU, 390 px: its scene shown and the step in view, each edition', async () => {
  for (const [edition, path] of EDITIONS) {
    const url = await site(['br', 'gzip']);
    const steps = buildStory(dataset).sections.flatMap((s) => s.steps.map((st) => st.id));
    const times: Record<string, number> = {};
    const passed: string[] = [];
    for (const id of steps) {
      const { page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // Watched from the first frame: when the step's scene is on the graphic with the step in view, and every
      // other step the graphic showed after it first held this one (a deep link must not pass through others).
      // The page reports the moment through a binding, not to a waitForFunction: that would compile Playwright's
      // injected script in the page (about 100 ms at 4× CPU) while the page is still starting.
      let reached!: () => void;
      const at = new Promise<void>((done) => (reached = done));
      await page.exposeFunction('__deepReached', () => reached());
      await page.addInitScript((id: string) => {
        const w = window as unknown as { __deep: { at: number | null; after: string[] }; __deepReached: () => void };
        w.__deep = { at: null, after: [] };
        const tick = () => {
          const shown = document.querySelector<HTMLElement>('[data-active-step]')?.dataset.activeStep;
          const el = document.getElementById(id);
          if (w.__deep.at === null && shown === id && el) {
            const r = el.getBoundingClientRect();
            if (r.top < innerHeight && r.bottom > 0) {
              w.__deep.at = performance.now();
              w.__deepReached();
            }
          } else if (w.__deep.at !== null && shown && shown !== id && !w.__deep.after.includes(shown)) w.__deep.after.push(shown);
          if (performance.now() < 15_000) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, id);
      await page.goto(`${url}${path}/#${id}`, { waitUntil: 'commit' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${id}: not reached in 15 s`)), 15_000)));
      await Promise.race([at, late]).finally(() => clearTimeout(timer));
      await page.waitForTimeout(300);
      const d = await page.evaluate(() => (window as unknown as { __deep: { at: number; after: string[] } }).__deep);
      times[id] = Math.round(d.at);
      if (d.after.length) passed.push(`${id} → ${d.after.join(', ')}`);
      await page.context().close();
    }
    const xs = Object.values(times);
    const r = { steps: xs.length, medianMs: median(xs), maxMs: Math.max(...xs), times, leftForAnother: passed };
    results[`deepLink${path}`] = r;
    note('deepLink', edition, `${r.medianMs} ms (slowest ${r.maxMs})`);
    console.log(
      `\n[${edition}] Deep link, every step (${r.steps}), 4× CPU, 390×844: median ${r.medianMs} ms (target ${TARGETS.deepLink}), slowest ${r.maxMs} ms; ` +
        `showed another step after reaching its own: ${passed.length ? passed.join('; ') : 'none'}`
    );
  }
}, 900_000); // 80 pages at 4× CPU: about four minutes on a quiet machine, more on a busy one
