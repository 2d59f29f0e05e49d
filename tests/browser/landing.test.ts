// Section links show their heading: /#<section-id> lands with the section's heading in view and its first scene
// drawn, with and without JavaScript, at phone and desktop widths; /#<step-id> still lands on its step.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { triggerLine } from '../../src/lib/story/engine';
import { baseURL, chromiumForFile } from './browser';
import { sticky } from './story';

const open = chromiumForFile();

async function headingBox(page: Page, id: string) {
  return page.locator(`#${id}-title`).evaluate((h) => {
    const r = h.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, vh: window.innerHeight };
  });
}

const SIZES = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 }
];

describe('a section link', () => {
  for (const viewport of SIZES)
    it(`at ${viewport.width}px with JavaScript: heading in view, first scene shown, the link kept`, async () => {
      const { page, errors } = await open({ viewport });
      for (const s of sticky) {
        await page.goto(`${baseURL()}/?v=${s.id}#${s.id}`, { waitUntil: 'networkidle' });
        await page.waitForTimeout(400);
        const h = await headingBox(page, s.id);
        expect(h.top, s.id).toBeGreaterThanOrEqual(0);
        expect(h.bottom, s.id).toBeLessThanOrEqual(h.vh);
        expect(await page.locator(`#${s.id} figure.graphic`).getAttribute('data-shown-step'), s.id).toBe(s.steps[0]!.id);
        expect(await page.locator('[data-active-step]').getAttribute('data-active-step'), s.id).toBe(s.steps[0]!.id);
        expect(await page.evaluate(() => location.hash), s.id).toBe(`#${s.id}`);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });

  for (const viewport of SIZES)
    it(`at ${viewport.width}px without JavaScript: heading in view, first scene drawn`, async () => {
      const { page } = await open({ viewport, javaScriptEnabled: false });
      for (const s of sticky) {
        await page.goto(`${baseURL()}/?v=${s.id}#${s.id}`);
        const h = await headingBox(page, s.id);
        expect(h.top, s.id).toBeGreaterThanOrEqual(0);
        expect(h.bottom, s.id).toBeLessThanOrEqual(h.vh);
        expect(await page.locator(`#${s.id} figure.graphic`).getAttribute('data-shown-step'), s.id).toBe(s.steps[0]!.id);
        expect(await page.locator(`#${s.id} figure.graphic svg[data-viz]`).count(), s.id).toBe(1);
      }
      await page.context().close();
    });

  it('"next" from a section heading brings the first step to the line, then moves on; scrolling away lets the line decide', async () => {
    const { page, errors } = await open();
    const s = sticky[1]!;
    await page.goto(`${baseURL()}/#${s.id}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const line = triggerLine(844);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${s.steps[0]!.id}`);
    await page.waitForTimeout(800);
    const top = await page.locator(`#${s.steps[0]!.id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top - line)).toBeLessThan(8);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-active-step]').getAttribute('data-active-step')).toBe(s.steps[1]!.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a step link still lands on its step, with the step at the line', async () => {
    const { page, errors } = await open();
    for (const s of sticky) {
      const step = s.steps[0]!;
      await page.goto(`${baseURL()}/?v=${step.id}#${step.id}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(400);
      expect(await page.locator('[data-active-step]').getAttribute('data-active-step')).toBe(step.id);
      expect(await page.evaluate(() => location.hash)).toBe(`#${step.id}`);
      const top = await page.locator(`#${step.id}`).evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top - triggerLine(844)), step.id).toBeLessThan(8);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
