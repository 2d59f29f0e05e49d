// The family-ties network in real Chromium: each step's highlighted nodes, keyboard reach, the ties
// panel, label collisions as drawn, and the first scene without JavaScript.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import type { NetworkScene } from '../../src/lib/viz/network/descriptor';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

const section = buildStory(dataset).sections.find((s) => s.id === 'families')!;
const steps = section.steps.map((s) => ({ id: s.id, scene: (s.scene as { network: NetworkScene }).network }));
const tied = [...new Set(dataset.ties.filter((t) => t.sources.length).flatMap((t) => [t.source, t.target]))];

/** What a descriptor reaches, read straight from the ties (not from the component's code). */
function expected(scene: NetworkScene): string[] {
  if (scene.highlight === 'all') return tied.slice().sort();
  const out = new Set<string>();
  for (const r of scene.highlight) {
    if (!tied.includes(r.from)) continue;
    let ring = [r.from];
    out.add(r.from);
    for (let k = 0; k < (r.via?.length ? (r.depth ?? 1) : 0); k++) {
      const next: string[] = [];
      for (const t of dataset.ties) {
        if (!r.via!.includes(t.relation)) continue;
        for (const [a, b] of [[t.source, t.target], [t.target, t.source]] as const)
          if (ring.includes(a) && !out.has(b)) {
            out.add(b);
            next.push(b);
          }
      }
      ring = next;
    }
  }
  return [...out].sort();
}

const figure = (page: Page, stepId: string) => page.locator(`figure[data-shown-step="${stepId}"] svg[data-viz="network"]`);
/** The drawing the reader sees: the chart, or on a phone's overview the still picture standing in for it. */
const shown = (page: Page, stepId: string) => page.locator(`figure[data-shown-step="${stepId}"] .stage > svg[data-shown="true"]`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the network', () => {
  it('has steps', () => expect(steps.length).toBeGreaterThan(0));

  it.each(steps.map((s) => [s.id, s.scene] as const))('/#%s highlights the nodes its scene reaches', async (id, scene) => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/#${id}`, { waitUntil: 'networkidle' });
    await figure(page, id).waitFor();
    const svg = shown(page, id);
    expect(await svg.count()).toBe(1);
    expect(await svg.getAttribute('data-step-shown')).toBe(id);
    const on = await svg.locator('[data-node][data-highlight="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')!));
    expect(on.sort()).toEqual(expected(scene));
    expect(await svg.locator('[data-node]').count()).toBe(tied.length);
    if (scene.focus) expect(await page.locator(`figure[data-shown-step="${id}"] [data-panel="${scene.focus}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Tab reaches every node, cluster by cluster, and Enter shows its ties with sources', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    const id = steps[0]!.id;
    await page.goto(`${baseURL()}/#${id}`, { waitUntil: 'networkidle' });
    const svg = figure(page, id);
    await svg.waitFor();
    const nodes = svg.locator('[data-node]');
    const n = await nodes.count();
    expect(n).toBe(tied.length);
    // Every node is in the tab order...
    const tabbable = await nodes.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length);
    expect(tabbable).toBe(n);
    // ...and Tab walks them all, in document order.
    await nodes.first().focus();
    const seen: string[] = [];
    for (let i = 0; i < n; i++) {
      seen.push(await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? ''));
      if (i < n - 1) await page.keyboard.press('Tab');
    }
    const order = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-node')!));
    expect(seen).toEqual(order);

    // Enter on a node: the panel lists exactly its ties, each with a source link.
    const target = order[0]!;
    await svg.locator(`[data-node="${target}"]`).focus();
    await page.keyboard.press('Enter');
    const panel = page.locator(`figure[data-shown-step="${id}"] [data-panel="${target}"]`);
    await panel.waitFor();
    const listed = await panel.locator('li[data-tie]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!));
    const own = dataset.ties.filter((t) => t.source === target || t.target === target).map((t) => t.id);
    expect(listed.sort()).toEqual(own.sort());
    for (const li of await panel.locator('li[data-tie]').all()) expect(await li.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    // Focus moved into the panel, so its links come next with the keyboard.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.context().close();
  });

  it('a tap opens the panel, and moving to another step resets it', async () => {
    expect(steps.length).toBeGreaterThanOrEqual(2);
    const { page } = await openPage(browser);
    const [a, b] = [steps[0]!.id, steps[1]!.id];
    await page.goto(`${baseURL()}/#${a}`, { waitUntil: 'networkidle' });
    const svg = figure(page, a);
    const first = await svg.locator('[data-node]').first().getAttribute('data-node');
    await svg.locator(`[data-node="${first}"]`).dispatchEvent('click');
    await page.locator(`[data-panel="${first}"]`).waitFor();
    await page.goto(`${baseURL()}/#${b}`);
    await figure(page, b).waitFor();
    const focus = steps[1]!.scene.focus;
    // The step's own focus panel follows its chart a frame later.
    await expect.poll(() => page.locator(`[data-panel="${first}"]`).count()).toBe(focus === first ? 1 : 0);
    if (focus) await page.locator(`figure[data-shown-step="${b}"] [data-panel="${focus}"]`).waitFor();
    await page.context().close();
  });

  it('lists the ties of each scene, with sources, in the DOM', async () => {
    const { page } = await openPage(browser);
    for (const s of steps) {
      await page.goto('about:blank'); // a fresh load each time, not a hash change on a loaded page
      await page.goto(`${baseURL()}/#${s.id}`, { waitUntil: 'networkidle' });
      const fig = page.locator(`figure[data-shown-step="${s.id}"]`);
      await fig.waitFor();
      const on = new Set(expected(s.scene));
      const want = dataset.ties.filter((t) => on.has(t.source) && on.has(t.target)).map((t) => t.id).sort();
      // Open the folded list as a reader would: with JavaScript it is drawn only while open.
      await fig.locator('[data-ties-list]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await fig.locator('[data-ties-list] li[data-tie]').first().waitFor({ state: 'attached' });
      const got = await fig.locator('[data-ties-list] li[data-tie]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!));
      expect(got.sort()).toEqual(want);
      expect(await fig.locator('[data-ties-list] summary').textContent()).toContain(`${want.length} tie`);
    }
    await page.context().close();
  });

  it('with JavaScript, the folded list of ties is drawn only while open (it is not in the page at load)', async () => {
    const { page, errors } = await openPage(browser);
    const s = steps[1]!;
    await page.goto(`${baseURL()}/#${s.id}`, { waitUntil: 'networkidle' });
    const list = page.locator(`figure[data-shown-step="${s.id}"] [data-ties-list]`);
    await expect.poll(() => list.locator('li[data-tie]').count()).toBe(0);
    await list.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const on = new Set(expected(s.scene));
    const want = dataset.ties.filter((t) => on.has(t.source) && on.has(t.target)).length;
    await expect.poll(() => list.locator('li[data-tie]:not([hidden])').count()).toBe(want);
    await list.evaluate((d) => ((d as HTMLDetailsElement).open = false));
    await expect.poll(() => list.locator('li[data-tie]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    [390, 844],
    [1440, 900]
  ])('at %ipx no two drawn names overlap and each is at least 11px', async (width, height) => {
    const { page } = await openPage(browser, { viewport: { width, height } });
    for (const s of steps) {
      await page.goto('about:blank'); // a fresh load each time, not a hash change on a loaded page
      await page.goto(`${baseURL()}/#${s.id}`, { waitUntil: 'networkidle' });
      const svg = figure(page, s.id);
      await svg.waitFor();
      // The chart may still be gliding to the step's band: wait until it holds still for two frames.
      await svg.evaluate(
        (el) =>
          new Promise<void>((done) => {
            let last = '';
            let still = 0;
            const tick = () => {
              const r = el.getBoundingClientRect();
              const now = `${r.x} ${r.y} ${r.width} ${r.height}`;
              still = now === last ? still + 1 : 0;
              last = now;
              if (still >= 2) done();
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          })
      );
      const r = await svg.evaluate((el) => {
        // Names a scene does not draw stay in the DOM, hidden; only the drawn ones count.
        const drawn = [...el.querySelectorAll('.nodes .label')].filter((t) => getComputedStyle(t).display !== 'none');
        const boxes = drawn.map((t) => {
          const b = t.getBoundingClientRect();
          return { x: b.x, y: b.y, w: b.width, h: b.height, px: 0 };
        });
        const sizes = drawn.map((t) => {
          const b = (t as SVGTextElement).getBBox();
          const k = t.getBoundingClientRect().height / (b.height || 1);
          return parseFloat(getComputedStyle(t).fontSize) * k;
        });
        let clashes = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5) clashes++;
          }
        return { n: boxes.length, clashes, min: Math.min(...sizes) };
      });
      expect(r.clashes, s.id).toBe(0);
      if (r.n) expect(r.min, s.id).toBeGreaterThanOrEqual(10.5);
      if (s.scene.highlight !== 'all') expect(r.n, s.id).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it.each([
    [390, 844],
    [1440, 900]
  ])('at %ipx each step puts its highlighted nodes inside the visible chart', async (width, height) => {
    const { page } = await openPage(browser, { viewport: { width, height }, reducedMotion: 'reduce' });
    for (const s of steps) {
      await page.goto('about:blank'); // a fresh load each time, not a hash change on a loaded page
      await page.goto(`${baseURL()}/#${s.id}`, { waitUntil: 'networkidle' });
      await figure(page, s.id).waitFor();
      const svg = shown(page, s.id);
      const lit = await svg.locator('[data-node][data-highlight="true"]').count();
      expect(lit, s.id).toBe(expected(s.scene).length);
      const out = await svg.evaluate((el) => {
        const stage = el.parentElement!.getBoundingClientRect();
        return [...el.querySelectorAll('[data-node][data-highlight="true"] .mark')]
          .map((m) => ({ id: m.closest('[data-node]')!.getAttribute('data-node'), r: m.getBoundingClientRect() }))
          .filter(({ r }) => r.left < stage.left - 1 || r.right > stage.right + 1 || r.top < stage.top - 1 || r.bottom > stage.bottom + 1)
          .map(({ id }) => id);
      });
      expect(out, s.id).toEqual([]);
    }
    await page.context().close();
  });

  it('on a phone, a still picture stands in for the overview; the chart behind it rests, dark and out of reach, until the next step', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce' });
    const overview = steps.find((s) => s.scene.highlight === 'all')!;
    const other = steps.find((s) => s.scene.highlight !== 'all')!;
    const state = (id: string) =>
      page.locator(`figure[data-shown-step="${id}"] .stage`).evaluate((stage) => {
        const chart = stage.querySelector('svg[data-viz="network"]')!;
        const picture = stage.querySelector('svg.picture');
        const shown = (el: Element | null) => (el ? getComputedStyle(el).opacity === '1' : false);
        // What a tap in the middle of the stage lands on.
        const r = stage.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          chart: shown(chart),
          picture: shown(picture),
          chartHidden: chart.getAttribute('aria-hidden') === 'true',
          chartLit: chart.querySelectorAll('[data-node][data-highlight="true"]').length > 0,
          tabbable: [...chart.querySelectorAll<SVGElement>('[data-node]')].filter((n) => n.tabIndex >= 0).length,
          tapsPicture: !!hit && !!picture?.contains(hit)
        };
      });
    await page.goto(`${baseURL()}/#${overview.id}`, { waitUntil: 'networkidle' });
    expect(await state(overview.id)).toEqual({ chart: false, picture: true, chartHidden: true, chartLit: false, tabbable: 0, tapsPicture: true });
    await page.goto(`${baseURL()}/#${other.id}`, { waitUntil: 'networkidle' });
    const after = await state(other.id);
    expect(after).toEqual({ chart: true, picture: false, chartHidden: false, chartLit: true, tabbable: tied.length, tapsPicture: false });
    await page.context().close();
  });

  it('at 390px the overview picture keeps each block name inside its block', async () => {
    const { page } = await openPage(browser);
    const overview = steps.find((s) => s.scene.highlight === 'all')!;
    await page.goto(`${baseURL()}/#${overview.id}`, { waitUntil: 'networkidle' });
    const out = await shown(page, overview.id).evaluate((svg) => {
      const rects = [...svg.querySelectorAll('.blocks .block')].map((r) => r.getBoundingClientRect());
      const names = [...svg.querySelectorAll('.blocks .block-name')];
      const outside = names
        .map((t, i) => ({ t: t.textContent, b: t.getBoundingClientRect(), r: rects[i]! }))
        .filter(({ b, r }) => b.left < r.left - 0.5 || b.right > r.right + 0.5)
        .map(({ t }) => t);
      return { blocks: rects.length, names: names.length, outside };
    });
    // Names are drawn, one per block: an empty picture would have nothing outside either.
    expect(out.names).toBeGreaterThan(1);
    expect(out.names).toBe(out.blocks);
    expect(out.outside).toEqual([]);
    await page.context().close();
  });

  it('shows the first scene without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/`);
    const first = steps[0]!;
    expect(await figure(page, first.id).count()).toBe(1);
    const svg = shown(page, first.id);
    expect(await svg.count()).toBe(1);
    const on = await svg.locator('[data-node][data-highlight="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')!));
    expect(on.sort()).toEqual(expected(first.scene));
    expect(await page.locator(`figure[data-shown-step="${first.id}"] [data-ties-list] li:not([hidden])`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  // What moves: on a wide screen highlights fade; on a phone they switch at once (an SVG element's fade
  // runs on the main thread in every frame) and only the chart's pan glides. Reduced motion stops both.
  const durations = async (width: number, reducedMotion: 'reduce' | 'no-preference') => {
    const { page } = await openPage(browser, { viewport: { width, height: width > 900 ? 900 : 844 }, reducedMotion });
    await page.goto(`${baseURL()}/#${steps[1]!.id}`, { waitUntil: 'networkidle' });
    const seconds = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x)));
    const chart = figure(page, steps[1]!.id);
    const node = seconds(await chart.locator('[data-node]').first().evaluate((e) => getComputedStyle(e).transitionDuration));
    const pan = seconds(await chart.evaluate((e) => getComputedStyle(e).transitionDuration));
    await page.context().close();
    return { node, pan };
  };

  it('fades highlights on a wide screen, pans with a glide on a phone, and keeps still under reduced motion', async () => {
    expect(await durations(1440, 'no-preference')).toEqual({ node: 0.45, pan: 0 });
    expect(await durations(390, 'no-preference')).toEqual({ node: 0, pan: 0.45 });
    expect(await durations(1440, 'reduce')).toEqual({ node: 0, pan: 0 });
    expect(await durations(390, 'reduce')).toEqual({ node: 0, pan: 0 });
  });
});
