// `npm run bench`: what a first visit transfers, what each visual adds, and how scrolling and scene changes
// perform on a throttled phone. It prints and writes bench/results/latest.json; it asserts nothing, because
// timing belongs in a benchmark, not in a test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import { buildModels } from '../../src/lib/viz/models';
import { modelInput } from '../../src/lib/story';
import { baseURL, launch, openPage } from '../browser/browser';
import { dataset } from '../browser/data';

type Sizes = { raw: number; gzip: number; brotli: number };
const size = (buf: Buffer | string): Sizes => {
  const b = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  };
};
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const results: Record<string, unknown> = { date: new Date().toISOString() };
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten: bench/results/latest.json');
});

function kind(url: string, type: string): string {
  const path = new URL(url).pathname;
  if (type === 'document' || path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (type === 'script' || path.endsWith('.js')) return 'js';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (/\.(json|csv)$/.test(path)) return 'data';
  return 'other';
}

it('bytes of a first visit', async () => {
  const { page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  const bodies: { url: string; kind: string; body: Buffer }[] = [];
  page.on('response', async (r) => {
    try {
      bodies.push({ url: r.url(), kind: kind(r.url(), r.request().resourceType()), body: await r.body() });
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const byKind: Record<string, Sizes> = {};
  for (const b of bodies) byKind[b.kind] = add(byKind[b.kind] ?? ZERO, size(b.body));
  const total = Object.values(byKind).reduce(add, ZERO);
  results.firstVisit = { requests: bodies.length, byKind, total };
  console.log(`\nFirst visit of / (${bodies.length} requests)`);
  console.log('kind   raw        gzip       brotli');
  for (const [k, s] of [...Object.entries(byKind), ['total', total] as const])
    console.log(`${k.padEnd(6)} ${kb(s.raw).padEnd(10)} ${kb(s.gzip).padEnd(10)} ${kb(s.brotli)}`);
  await page.context().close();
});

it('what each visual adds on the wire', async () => {
  // Its SVG markup in the prerendered page plus its model in the page's data (both travel on a first visit).
  const html = readFileSync(join('build', 'index.html'), 'utf8');
  const models = buildModels(dataset, modelInput(dataset));
  const { page } = await openPage(browser, { javaScriptEnabled: false });
  await page.setContent(html);
  const out: Record<string, { markup: Sizes; model: Sizes; total: Sizes }> = {};
  for (const visual of ['map', 'network', 'timeline'] as const) {
    const markup = await page.evaluate(
      (v) => [...document.querySelectorAll(`figure.graphic[data-visual="${v}"]`)].map((f) => f.outerHTML).join(''),
      visual
    );
    const m = size(markup);
    const model = size(JSON.stringify(models[visual]));
    out[visual] = { markup: m, model, total: add(m, model) };
  }
  results.visuals = out;
  console.log('\nWhat each visual adds (SVG markup in the HTML + its model in the page data), gzip / brotli');
  for (const [v, s] of Object.entries(out))
    console.log(
      `${v.padEnd(9)} markup ${kb(s.markup.gzip)} / ${kb(s.markup.brotli)}; model ${kb(s.model.gzip)} / ${kb(s.model.brotli)}; total ${kb(s.total.gzip)} / ${kb(s.total.brotli)}`
    );
  await page.context().close();
});

async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};

/** One scroll from the top of the story to its end, 40 px a frame at 4× CPU, in a fresh page. */
async function scrollOnce() {
  const { page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __long: { start: number; duration: number }[] };
    w.__cls = 0;
    w.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
  await throttle(page, 4);
  // The frame times stay in the page until the long tasks are read: returning them from the scroll
  // itself would put the harness's own serialisation in the last frame.
  const span = await page.evaluate(
    () =>
      new Promise<{ start: number; end: number }>((ok) => {
        const story = document.querySelector<HTMLElement>('.story')!;
        const end = story.offsetTop + story.offsetHeight;
        const times: number[] = [];
        (window as unknown as { __frames: number[] }).__frames = times;
        const start = performance.now();
        let last = start;
        const tick = (now: number) => {
          times.push(now - last);
          last = now;
          window.scrollBy(0, 40);
          if (window.scrollY + innerHeight >= end || window.scrollY + innerHeight >= document.documentElement.scrollHeight) {
            times.shift();
            ok({ start, end: performance.now() });
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })
  );
  await page.waitForTimeout(200);
  const { cls, long } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __long: { start: number; duration: number }[] };
    return { cls: w.__cls, long: w.__long.slice() };
  });
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  // rAF timestamps jitter by a tenth of a millisecond, so a frame on time reads 16.6–16.8 ms. Each frame is
  // counted in display intervals (the median frame), and p95 is given in those units as well as raw.
  const interval = pct(frames, 50);
  const intervals = frames.map((f) => Math.max(1, Math.round(f / interval)));
  const scrolling = long.filter((t) => t.start >= span.start && t.start < span.end);
  const loading = long.filter((t) => t.start < span.start);
  const r = {
    frames: frames.length,
    interval: +interval.toFixed(2),
    p50: +pct(frames, 50).toFixed(1),
    p95: +(pct(intervals, 95) * interval).toFixed(1),
    p95raw: +pct(frames, 95).toFixed(1),
    dropped: intervals.filter((k) => k > 1).length,
    over50: intervals.filter((k) => k * interval > 50.5).length,
    longTasks: scrolling.length,
    longestWhileScrolling: Math.round(Math.max(0, ...scrolling.map((t) => t.duration))),
    longestWhileLoading: Math.round(Math.max(0, ...loading.map((t) => t.duration))),
    cls: +cls.toFixed(4)
  };
  await page.context().close();
  return r;
}

// Three scrolls, each in a fresh page: on a 2-core machine one run's count of frames over 50 ms moves by a factor
// of two, so the figure given is the median run's (by that count), with every run's count beside it.
it('scrolling top to bottom at 390×844 with 4× CPU throttling, three times', async () => {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await scrollOnce());
  const r = [...runs].sort((x, y) => x.over50 - y.over50 || x.p95 - y.p95)[1]!;
  results.scroll = { ...r, runs };
  console.log(
    `\nScroll (390×844, 4× CPU), median of 3 runs: ${r.frames} frames of ${r.interval} ms. p50 ${r.p50} ms, p95 ${r.p95} ms (${r.p95raw} raw; target ≤ 16.7; issue 15's before: 16.8), ` +
      `frames late: ${r.dropped}, frames over 50 ms: ${r.over50} (target 0, as before; runs ${runs.map((x) => x.over50).join(', ')}), long tasks while scrolling: ${r.longTasks} (longest ${r.longestWhileScrolling} ms), CLS ${Math.max(...runs.map((x) => x.cls))} (worst run; target 0)` +
      `\nLoading before the scroll (unthrottled): longest task ${r.longestWhileLoading} ms`
  );
}, 300_000);


it('long tasks on scene changes at 4× CPU throttling', async () => {
  const story = buildStory(dataset);
  const steps = story.sections.flatMap((s) => s.steps.map((st) => ({ id: st.id, visual: st.scene.visual })));
  const { page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  // Two passes over every step, each from the first step: long tasks (wall clock) under 4× throttling with nothing
  // else watching, which is what a slow phone feels; then a trace, for each change's longest main-thread task by
  // thread time, which other load on the machine inflates less. (The tracer's own overhead would inflate the first.)
  const start = async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(`${baseURL()}/#${steps[0]!.id}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  };
  // Step forward as a reader does with the keyboard; the engine scrolls to the next step.
  const stepForward = () =>
    page.evaluate(
      () =>
        new Promise<number>((ok) => {
          let max = 0;
          const po = new PerformanceObserver((l) => {
            for (const e of l.getEntries()) max = Math.max(max, e.duration);
          });
          po.observe({ type: 'longtask' });
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
          setTimeout(() => {
            po.disconnect();
            ok(max);
          }, 1500);
        })
    );
  const wall: Record<string, number> = { map: 0, network: 0, timeline: 0 };
  const cpu: Record<string, number> = { map: 0, network: 0, timeline: 0 };
  const counted: Record<string, { over: number; of: number }> = { map: { over: 0, of: 0 }, network: { over: 0, of: 0 }, timeline: { over: 0, of: 0 } };
  const over: string[] = [];

  await start();
  for (const step of steps.slice(1)) {
    const longest = await stepForward();
    wall[step.visual] = Math.max(wall[step.visual]!, longest);
    counted[step.visual]!.of++;
    if (longest > 50) {
      counted[step.visual]!.over++;
      over.push(`${step.id}: ${longest.toFixed(0)} ms`);
    }
  }
  const reached = await page.locator('.story').getAttribute('data-active-step');

  await start();
  for (const step of steps.slice(1)) {
    const events: { name: string; ph: string; tid: number; tdur?: number; args?: { name?: string } }[] = [];
    const collect = (d: { value: object[] }) => events.push(...(d.value as typeof events));
    cdp.on('Tracing.dataCollected', collect);
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' });
    await stepForward();
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
    // Thread time of the longest main-thread task, as the trace clocks it under the same throttling.
    const cpuMs = Math.max(0, ...events.filter((e) => e.tid === main && e.name === 'RunTask' && e.tdur).map((e) => e.tdur! / 1000));
    cpu[step.visual] = Math.max(cpu[step.visual]!, cpuMs);
  }

  results.sceneChanges = { wallLongestMs: wall, cpuLongestMs: cpu, stepsOver50: counted, over50: over, reached };
  console.log(`\nScene changes, stepping with the keyboard at 4× CPU (target: no task over 50 ms); reached ${reached}`);
  for (const v of Object.keys(wall))
    console.log(
      `${v.padEnd(9)} longest task ${wall[v]!.toFixed(0)} ms; steps over 50 ms: ${counted[v]!.over} of ${counted[v]!.of}; ` +
        `in a trace, longest main-thread task ${cpu[v]!.toFixed(0)} ms (thread time)`
    );
  for (const o of over) console.log(`  over 50 ms: ${o}`);
  await page.context().close();
});
