// Zero axe-core violations of any impact: at the top of the story, at every section and at the roster, at 390 and
// 1440 px, in light and dark schemes, with reduced motion on and off.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import { axeViolations } from './axe';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

const story = buildStory(dataset);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [390, 1440].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((colorScheme) =>
    (['no-preference', 'reduce'] as const).map((reducedMotion) => ({ width, colorScheme, reducedMotion }))
  )
);

describe('axe-core finds nothing', () => {
  it.each(CASES)('at $width px, $colorScheme, motion $reducedMotion: top, every section, roster', async ({ width, colorScheme, reducedMotion }) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: width < 900 ? 844 : 900 }, colorScheme, reducedMotion });
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    const found: Record<string, string[]> = { top: await axeViolations(page) };
    // Below the top only the section in view and the scene description change: axe checks those there.
    for (const s of story.sections) {
      await page.evaluate((id) => (location.hash = id), s.id);
      await page.waitForTimeout(600);
      // The roster's rows are fetched when it comes near: axe checks the table they make, not the link they replace.
      if (s.id === 'roster') await page.locator('#roster [data-roster-more]').waitFor({ state: 'detached' });
      found[s.id] = await axeViolations(page, [`#${s.id}`, '[data-scene-description]']);
    }
    expect(Object.keys(found)).toContain('roster');
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
