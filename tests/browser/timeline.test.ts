// The timeline in real Chromium: each step's deep link shows the events its scene asks for, highlighted as
// the data says; the event list follows; without JavaScript the first scene of each timeline section is there.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../src/lib/data/schema';
import { buildStory } from '../../src/lib/story';
import type { TimelineScene } from '../../src/lib/viz/timeline/scene';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const story = buildStory(dataset);
const sections = story.sections.filter((s) => s.visual === 'timeline');
const steps = sections.flatMap((s) => s.steps.map((st) => ({ section: s.id, id: st.id, scene: (st.scene as { timeline: TimelineScene }).timeline })));

// Independent of the component's code: eras by calendar year, ranges by ISO prefix, the rest by field.
const ERA: Record<string, [number, number | null]> = {
  all: [1985, null],
  '1985-1989': [1985, 1989],
  '2013-2017': [2013, 2017],
  '2022-2024': [2022, 2024],
  '2025-2026': [2025, null]
};
const year = (iso: string) => Number(iso.slice(0, 4));
function inEra(e: Event, era: string) {
  const [a, b] = ERA[era]!;
  return year(e.date) >= a && (b === null ? e.date.slice(0, 10) <= dataset.meta.asOf : year(e.date) <= b);
}
const startsBefore = (a: string, b: string) => a.slice(0, b.length) < b;
function expected(scene: TimelineScene) {
  const f = scene.focus ?? {};
  const visible = dataset.events.filter((e) => inEra(e, scene.era));
  const highlighted = visible.filter(
    (e) =>
      (!f.categories || f.categories.includes(e.category)) &&
      (!f.people || f.people.some((p) => e.people.includes(p))) &&
      (!f.events || f.events.includes(e.id)) &&
      (!f.transfers || e.transfer !== null) &&
      (!f.from || !startsBefore(e.date.padEnd(f.from.length, '9'), f.from)) &&
      (!f.to || e.date.slice(0, f.to.length) <= f.to)
  );
  return { visible: visible.map((e) => e.id).sort(), highlighted: highlighted.map((e) => e.id).sort() };
}

/** Opens a figure's folded list of events, as a reader would; with JavaScript on, waits until it is drawn. */
async function openList(page: Page, stepId: string, js = true) {
  const fig = `figure[data-shown-step="${stepId}"]`;
  await page.evaluate((f) => {
    const d = document.querySelector<HTMLDetailsElement>(`${f} details[data-timeline-fold]`);
    if (d) d.open = true;
  }, fig);
  if (js) await page.waitForFunction((f) => document.querySelectorAll(`${f} [data-list-event]`).length > 0, fig);
}

async function marks(page: Page, stepId: string, layout: 'narrow' | 'wide', js = true) {
  await openList(page, stepId, js);
  return page.evaluate(
    ([id, l]) => {
      const fig = document.querySelector(`figure[data-shown-step="${id}"]`);
      const svg = fig?.querySelector(`svg[data-viz="timeline"][data-step-shown="${id}"] svg[data-layout="${l}"]`);
      // Marks outside the scene's window may stay in the DOM, hidden: count only what is displayed.
      const all = Array.from(svg?.querySelectorAll<SVGElement>('[data-event]') ?? []).filter((m) => getComputedStyle(m).display !== 'none');
      const list = Array.from(fig?.querySelectorAll<HTMLElement>('[data-list-event]') ?? []);
      return {
        visible: all.map((m) => m.dataset.event!).sort(),
        highlighted: all.filter((m) => m.dataset.highlight === 'true').map((m) => m.dataset.event!).sort(),
        listed: list.map((li) => li.dataset.listEvent!).sort(),
        listLinks: list.every((li) => li.querySelector('time[datetime]') && li.querySelector('a[href^="http"]'))
      };
    },
    [stepId, layout] as const
  );
}

describe('timeline steps', () => {
  it('the story has timeline steps, and each scene highlights at least one event', () => {
    expect(sections.map((s) => s.id)).toEqual(['forty-years', 'bargain']);
    for (const st of steps) expect(expected(st.scene).highlighted.length, st.id).toBeGreaterThan(0);
  });

  it.each([
    [390, 'narrow'],
    [1440, 'wide']
  ] as const)('at %i px each step /#id shows its expected events (%s layout)', async (width, layout) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: width > 900 ? 900 : 844 } });
    for (const st of steps) {
      await page.goto('about:blank'); // a fresh load each time, not a hash change on a loaded page
      await page.goto(`${baseURL()}/#${st.id}`, { waitUntil: 'networkidle' });
      await page.waitForSelector(`figure[data-shown-step="${st.id}"] svg[data-step-shown="${st.id}"]`);
      const got = await marks(page, st.id, layout);
      const want = expected(st.scene);
      expect(got.visible, st.id).toEqual(want.visible);
      expect(got.highlighted, st.id).toEqual(want.highlighted);
      expect(got.listed, st.id).toEqual(want.highlighted);
      expect(got.listLinks, st.id).toBe(true);
      // Only one width layout is displayed.
      const shown = await page
        .locator(`figure[data-shown-step="${st.id}"] svg[data-layout]`)
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-layout')));
      expect(shown).toEqual([layout]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stepping through the scenes after the page settles keeps one layout and shows each scene', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/#${steps[0]!.id}`, { waitUntil: 'networkidle' });
    // The section's graphic is hydrated (an island on screen), then the page idles: the layout has settled.
    await page.waitForSelector(`[data-graphic-slot="${steps[0]!.section}"][data-island="live"]`);
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
    expect(await page.locator('figure[data-visual="timeline"] svg[data-layout="wide"]').count()).toBe(0);
    // The first section's steps are contiguous, so `j` walks through them.
    for (const st of steps.filter((s) => s.section === steps[0]!.section).slice(1)) {
      await page.keyboard.press('j');
      await page.waitForSelector(`figure[data-shown-step="${st.id}"] svg[data-step-shown="${st.id}"]`);
      const got = await marks(page, st.id, 'narrow');
      const want = expected(st.scene);
      expect(got.visible, st.id).toEqual(want.visible);
      expect(got.highlighted, st.id).toEqual(want.highlighted);
      expect(got.listed, st.id).toEqual(want.highlighted);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with JavaScript, the folded list of events is drawn only while open, and its summary counts them', async () => {
    const { page, errors } = await openPage(browser);
    const st = steps[1]!;
    await page.goto(`${baseURL()}/#${st.id}`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`figure[data-shown-step="${st.id}"] svg[data-step-shown="${st.id}"]`);
    const fig = page.locator(`figure[data-shown-step="${st.id}"]`);
    const want = expected(st.scene).highlighted;
    await expect.poll(() => fig.locator('[data-list-event]').count()).toBe(0);
    expect(await fig.locator('details[data-timeline-fold] summary').textContent()).toContain(`${want.length} event`);
    await openList(page, st.id);
    const listed = await fig.locator('[data-list-event]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.listEvent!).sort());
    expect(listed).toEqual(want);
    await page.evaluate((id) => {
      document.querySelector<HTMLDetailsElement>(`figure[data-shown-step="${id}"] details[data-timeline-fold]`)!.open = false;
    }, st.id);
    await expect.poll(() => fig.locator('[data-list-event]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the transfers are the largest marks, with their counts', async () => {
    const { page } = await openPage(browser);
    const st = steps.find((s) => s.scene.focus?.transfers)!;
    await page.goto(`${baseURL()}/#${st.id}`, { waitUntil: 'networkidle' });
    for (const t of dataset.transfers) {
      const ev = dataset.events.find((e) => e.transfer === t.id)!;
      const mark = page.locator(`figure[data-shown-step="${st.id}"] svg[data-layout="narrow"] [data-event="${ev.id}"]`);
      expect(await mark.locator('text').textContent()).toBe(String(t.count));
    }
    const sizes = await page
      .locator(`figure[data-shown-step="${st.id}"] svg[data-layout="narrow"] [data-event]:not([data-hidden])`)
      .evaluateAll((els) => els.map((e) => ({ t: e.querySelector('circle') !== null, w: (e as SVGGraphicsElement).getBBox().width })));
    // Both kinds are on the chart: Math.min/max of nothing would pass any comparison.
    expect(sizes.filter((s) => s.t)).toHaveLength(dataset.transfers.length);
    expect(sizes.filter((s) => !s.t).length).toBeGreaterThan(0);
    const transferMin = Math.min(...sizes.filter((s) => s.t).map((s) => s.w));
    const otherMax = Math.max(...sizes.filter((s) => !s.t).map((s) => s.w));
    expect(transferMin).toBeGreaterThan(otherMax);
    await page.context().close();
  });

  it('labels are at least 11 px tall on a 320 px phone and do not overlap', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 568 } });
    for (const st of steps) {
      await page.goto('about:blank'); // a fresh load each time, not a hash change on a loaded page
      await page.goto(`${baseURL()}/#${st.id}`, { waitUntil: 'networkidle' });
      const boxes = await page
        .locator(`figure[data-shown-step="${st.id}"] svg[data-layout="narrow"] .label tspan`)
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: r.height })));
      expect(boxes.length, `${st.id} draws labels`).toBeGreaterThan(0);
      for (const b of boxes) expect(b.h, st.id).toBeGreaterThanOrEqual(11);
      for (const b of boxes) expect(b.right, st.id).toBeLessThanOrEqual(320);
      const sorted = [...boxes].sort((a, b) => a.top - b.top);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.top, st.id).toBeGreaterThanOrEqual(sorted[i - 1]!.bottom - 1);
    }
    await page.context().close();
  });

  it.each([390, 1440])('with JavaScript off at %i px, the first scene of each timeline section is in the HTML, in the phone layout', async (width) => {
    const { page, errors } = await openPage(browser, { javaScriptEnabled: false, viewport: { width, height: 900 } });
    await page.goto(`${baseURL()}/`);
    for (const s of sections) {
      const first = steps.find((st) => st.section === s.id)!;
      expect(await page.locator(`#${s.id} figure[data-visual="timeline"]`).getAttribute('data-shown-step')).toBe(first.id);
      // One layout is served (the phone's), and it is displayed on a wide screen too.
      const layouts = await page
        .locator(`#${s.id} svg[data-layout]`)
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-layout'), getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 100]));
      expect(layouts).toEqual([['narrow', true]]);
      const got = await marks(page, first.id, 'narrow', false);
      const want = expected(first.scene);
      expect(got.visible).toEqual(want.visible);
      expect(got.highlighted).toEqual(want.highlighted);
      expect(got.listed).toEqual(want.highlighted);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the embed shows a timeline step alone', async () => {
    const { page, errors } = await openPage(browser);
    const st = steps[steps.length - 1]!;
    await page.goto(`${baseURL()}/embed/timeline/#${st.id}`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`svg[data-viz="timeline"][data-step-shown="${st.id}"]`);
    const highlighted = await page
      .locator('svg[data-layout="narrow"] [data-event][data-highlight="true"]')
      .evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.event!).sort());
    expect(highlighted).toEqual(expected(st.scene).highlighted);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Marks fade in the wide layout only (an SVG element's fade runs on the main thread, in every frame of
  // it, on a phone too); reduced motion stops the fade everywhere.
  const markFade = async (width: number, reducedMotion: 'reduce' | 'no-preference') => {
    const { page } = await openPage(browser, { viewport: { width, height: width > 900 ? 900 : 844 }, reducedMotion });
    await page.goto(`${baseURL()}/#${steps[1]!.id}`, { waitUntil: 'networkidle' });
    const layout = width >= 600 ? 'wide' : 'narrow';
    const d = await page
      .locator(`figure[data-shown-step="${steps[1]!.id}"] svg[data-layout="${layout}"] .mark`)
      .first()
      .evaluate((e) => getComputedStyle(e).transitionDuration);
    await page.context().close();
    return Math.max(...d.split(',').map((x) => parseFloat(x)));
  };

  it('marks fade in the wide layout, switch at once on a phone, and never move under reduced motion', async () => {
    expect(await markFade(1440, 'no-preference')).toBe(0.45);
    expect(await markFade(390, 'no-preference')).toBe(0);
    expect(await markFade(1440, 'reduce')).toBe(0);
  });
});
