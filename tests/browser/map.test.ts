// The map in real Chromium: every map step's deep link shows that step's states, points, arcs and courts, with
// JavaScript on and (for each section's first step) off; reduced motion turns transitions off.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import type { MapScene } from '../../src/lib/viz/map/scene';
import { encodeStates } from '../../src/lib/viz/map/encoding';
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
const mapSections = story.sections.filter((s) => s.steps.some((st) => st.scene.visual === 'map'));
const mapSteps = mapSections.flatMap((s) => s.steps.flatMap((st) => (st.scene.visual === 'map' ? [{ id: st.id, scene: st.scene.map as MapScene }] : [])));
const stateIds = [...new Set(dataset.territories.map((c) => c.state))];
const encoding = encodeStates(stateIds, dataset.territories, dataset.organizations);
const moved = dataset.people.filter((p) => p.transfer !== null);

async function attrs(loc: Locator, sel: string, name: string): Promise<string[]> {
  return (await loc.locator(sel).evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name)).sort();
}

/** The expectations come from the descriptor and the data, not from the page. */
async function expectScene(svg: Locator, scene: MapScene) {
  expect(await svg.getAttribute('data-zoom')).toBe(scene.zoom);
  expect(await svg.getAttribute('data-layer')).toBe(scene.layer);
  // States out of a zoomed frame are not drawn; the whole country is, on the Mexico frame.
  const drawn = await attrs(svg, 'path[data-state^="MX-"]', 'data-state');
  if (scene.zoom === 'mexico') expect(drawn).toHaveLength(32);
  for (const id of scene.states ?? []) expect(drawn, id).toContain(id);
  if (scene.zoom.startsWith('MX-')) expect(drawn).toContain(scene.zoom);
  expect(await attrs(svg, 'path[data-state^="MX-"][data-highlight="true"]', 'data-state')).toEqual([...(scene.states ?? [])].sort());
  if (scene.layer === 'territory')
    for (const id of stateIds.filter((s) => drawn.includes(s)))
      expect(await svg.locator(`path[data-state="${id}"]`).getAttribute('data-fill'), id).toBe(encoding[id]!.kind);

  const flights = (scene.flights ?? []).map((id) => dataset.transfers.find((t) => t.id === id)!);
  const arcId = (t: (typeof flights)[number]) => t.arrivals.map((a) => `${t.id}:${a.place}`);
  expect(await attrs(svg, '[data-arc]', 'data-arc')).toEqual(flights.flatMap(arcId).sort());
  const current = flights[flights.length - 1];
  expect(await attrs(svg, '[data-arc][data-highlight="true"]', 'data-arc')).toEqual(current ? arcId(current).sort() : []);

  const places = new Set(scene.places ?? []);
  if (current) [current.origin, ...current.arrivals.map((a) => a.place)].forEach((p) => places.add(p));
  const shown = await attrs(svg, '[data-place]', 'data-place');
  for (const p of places) expect(shown, p).toContain(p);

  const courts = dataset.courts.filter((c) => moved.some((p) => p.court === c.id) && !['US-AK', 'US-HI'].includes(c.state));
  if (scene.courts) {
    expect(await attrs(svg, '[data-court]', 'data-court')).toEqual(courts.map((c) => c.id).sort());
    for (const c of courts)
      expect(await svg.locator(`[data-court="${c.id}"]`).getAttribute('data-count')).toBe(String(moved.filter((p) => p.court === c.id).length));
    expect(await attrs(svg, '[data-court][data-highlight="true"]', 'data-court')).toEqual([...scene.courts.highlight].sort());
  } else expect(await svg.locator('[data-court]').count()).toBe(0);

  expect(await svg.locator('[data-path]').count()).toBe(scene.path ? 1 : 0);
  if (scene.path) expect(await svg.locator('[data-path]').getAttribute('data-path')).toBe(scene.path.person);
}

describe('the map', () => {
  it('has map steps to test', () => {
    expect(mapSteps.length).toBeGreaterThanOrEqual(3);
  });

  it('shows each map step’s scene on a deep link (JavaScript on)', async () => {
    const { page, errors } = await openPage(browser);
    for (const { id, scene } of mapSteps) {
      await page.goto(`${baseURL()}/#${id}`);
      const svg = page.locator(`svg[data-viz="map"][data-step-shown="${id}"]`);
      await svg.waitFor({ state: 'attached', timeout: 10_000 });
      await expectScene(svg, scene);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has the first scene of each map section in the HTML (JavaScript off)', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/`);
    for (const s of mapSections) {
      const first = s.steps[0]!;
      const svg = page.locator(`svg[data-viz="map"][data-step-shown="${first.id}"]`);
      expect(await svg.count(), s.id).toBe(1);
      if (first.scene.visual === 'map') await expectScene(svg, first.scene.map);
      // Described for screen readers.
      expect(await svg.getAttribute('role')).toBe('img');
      expect((await svg.locator('desc').textContent())!.length).toBeGreaterThan(10);
    }
    await page.context().close();
  });

  it('has no transitions under reduced motion', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${baseURL()}/`);
    const durations = await page
      .locator('svg[data-viz="map"] .zoom, svg[data-viz="map"] path[data-state^="MX-"]')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    for (const d of durations) expect(d.split(',').every((x) => parseFloat(x) === 0)).toBe(true);
    await page.context().close();
  });

  it('glides its zoom on every screen and fades its fills on wide screens only', async () => {
    const seconds = (d: string) => Math.max(...d.split(',').map((x) => parseFloat(x)));
    for (const [width, fills] of [
      [390, 0],
      [1440, 0.45]
    ] as const) {
      const { page } = await openPage(browser, { viewport: { width, height: width > 900 ? 900 : 844 } });
      await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
      const svg = page.locator('svg[data-viz="map"]').first();
      expect(seconds(await svg.locator('.zoom').evaluate((e) => getComputedStyle(e).transitionDuration)), `${width}`).toBe(0.45);
      expect(seconds(await svg.locator('path[data-state^="MX-"]').first().evaluate((e) => getComputedStyle(e).transitionDuration)), `${width}`).toBe(fills);
      await page.context().close();
    }
  });

  it('toggles a table with the same information', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    const step = mapSteps.find((s) => s.scene.courts)!;
    await page.goto(`${baseURL()}/#${step.id}`);
    const fig = page.locator(`figure:has(svg[data-step-shown="${step.id}"])`);
    // The button is in the story's band of controls beside the figure, which step boxes never cover.
    const button = page.locator('section', { has: fig }).locator('.controls button[aria-expanded]');
    expect(await button.getAttribute('aria-controls')).toBe(await fig.locator('.table-wrap').getAttribute('id'));
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const table = fig.locator('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    // One row per district with a transferred person charged there, plus the unknown row.
    expect(rows).toBe(dataset.courts.filter((c) => moved.some((p) => p.court === c.id)).length + 1);
    expect(await table.locator('tbody tr').last().textContent()).toContain(String(moved.filter((p) => p.court === null).length));
    await page.context().close();
  });
});
