// The story engine in real Chromium, on a phone and a desktop: scroll, deep links, jumps, flings, keys, no-JS.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import type { Inline } from '../../src/lib/story/types';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';

const story = buildStory(dataset);
const sticky = story.sections.filter((s) => s.visual && s.steps.length);
const ids = sticky.flatMap((s) => s.steps.map((st) => st.id));
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 }
];

/** Records every value the engine writes to data-active-step, from before the page's own scripts run. */
const RECORDER = `
  window.__active = [];
  new MutationObserver((list) => {
    for (const m of list) if (m.attributeName === 'data-active-step') window.__active.push(m.target.getAttribute('data-active-step'));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-active-step'] });
`;

/**
 * window.__settled(): resolves once scrolling has stopped and the engine's settle pass has run and been drawn.
 * The engine settles on scrollend, or 150 ms after the last scroll event where scrollend does not come, and
 * then shows the step a task later; this waits for those events instead of sleeping a guessed while.
 */
const SETTLE = `
  (() => {
    let lastScroll = -Infinity, lastEnd = -Infinity;
    addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true });
    addEventListener('scrollend', () => (lastEnd = performance.now()));
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const task = () => new Promise((ok) => setTimeout(ok));
    window.__settled = async () => {
      // The engine first: the page's scripts come after its text (their preloads sit at the end of the page), so
      // the load event can come before the engine has read the link it landed on. It marks its trigger line when it starts.
      while (!document.querySelector('.story[data-trigger]')) await frame();
      // A smooth scroll may start a frame or two after the key press: wait for eight frames without movement.
      for (let y = scrollY, still = 0; still < 8; ) {
        await frame();
        if (scrollY === y) still++; else { still = 0; y = scrollY; }
      }
      while (lastEnd < lastScroll && performance.now() - lastScroll < 150) await frame();
      await task(); // the settle pass (its timer or scrollend listener came first)
      await task(); // the step it showed
      await frame();
    };
  })();
`;

/**
 * In-page helpers: wait until the engine has settled, then report the active step and the step at the
 * trigger line, measured here independently of the engine's own code.
 */
const PROBE = `
  window.__probe = {

    atLine(first) {
      const root = document.querySelector('.story');
      const line = Number(root.dataset.trigger);
      const els = [...document.querySelectorAll('[data-step]')];
      const hit = els.find((el) => { const r = el.getBoundingClientRect(); return r.top <= line && r.bottom > line; });
      if (hit) return hit.dataset.step;
      const above = els.filter((el) => el.getBoundingClientRect().top <= line);
      return above.length ? above[above.length - 1].dataset.step : first;
    },
    async jump(top, first) {
      window.scrollTo({ top, behavior: 'instant' });
      await window.__settled();
      return { active: document.querySelector('.story').dataset.activeStep, expected: this.atLine(first) };
    }
  };
`;

async function active(page: Page): Promise<string> {
  return (await page.locator('.story').getAttribute('data-active-step'))!;
}

/** Waits until the page has stopped scrolling and the engine has settled (SETTLE, installed by `open`). */
async function settled(page: Page) {
  await page.evaluate(() => (window as unknown as { __settled(): Promise<void> }).__settled());
}

/** A watched page with the settle probe installed in every document it opens. */
async function open(options: Parameters<typeof openPage>[1]) {
  const watched = await openPage(browser, options);
  await watched.page.addInitScript(SETTLE);
  return watched;
}

/** The step at the trigger line, measured independently of the engine's own code. */
async function stepAtTrigger(page: Page): Promise<string> {
  return page.evaluate((first) => {
    const root = document.querySelector<HTMLElement>('.story')!;
    const line = Number(root.dataset.trigger);
    const els = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    const containing = els.find((el) => {
      const r = el.getBoundingClientRect();
      return r.top <= line && r.bottom > line;
    });
    if (containing) return containing.dataset.step!;
    const above = els.filter((el) => el.getBoundingClientRect().top <= line);
    return above.length ? above[above.length - 1]!.dataset.step! : first;
  }, ids[0]!);
}

/** Whether a section's heading is wholly inside the viewport. */
async function headingInView(page: Page, section: string): Promise<boolean> {
  return page.locator(`#${section}-title`).evaluate((h) => {
    const r = h.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const plain = (runs: Inline[]) =>
  runs
    .map((r) => (typeof r === 'string' ? r : 'text' in r ? r.text : 'em' in r ? r.em : r.strong))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORTS)('the story engine at $width×$height', (viewport) => {
  it('activates every step in order, each once, when scrolled from top to bottom', async () => {
    const { page, errors } = await open({ viewport });
    await page.addInitScript(RECORDER);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    expect(await active(page)).toBe(ids[0]);
    // Glide like a reader: 100 px a frame, so every step crosses the trigger line in a rendered frame.
    await page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const end = document.documentElement.scrollHeight - window.innerHeight;
          const tick = () => {
            window.scrollBy(0, 100);
            if (window.scrollY >= end - 1) ok();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        })
    );
    await settled(page);
    const writes = await page.evaluate(() => (window as unknown as { __active: string[] }).__active);
    const sequence = [ids[0], ...writes].filter((id, i, a) => i === 0 || id !== a[i - 1]);
    expect(sequence).toEqual(ids);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lands every deep link on its step and scene without passing through an earlier step', async () => {
    const { page, errors } = await open({ viewport });
    await page.addInitScript(RECORDER);
    const targets = [...ids, ...sticky.map((s) => s.id)];
    for (const [i, target] of targets.entries()) {
      const expected = ids.includes(target) ? target : sticky.find((s) => s.id === target)!.steps[0]!.id;
      await page.goto(`${baseURL()}/?visit=${i}#${target}`, { waitUntil: 'load' });
      await settled(page);
      expect(await active(page), target).toBe(expected);
      // A step link puts its step at the trigger line; a section link shows the section's heading instead
      // (tests/browser/landing.test.ts), with its first step's scene.
      expect(ids.includes(target) ? await stepAtTrigger(page) : await headingInView(page, target), target).toBe(
        ids.includes(target) ? expected : true
      );
      const section = sticky.find((s) => s.steps.some((st) => st.id === expected))!;
      expect(await page.locator(`#${section.id} figure.graphic`).getAttribute('data-shown-step')).toBe(expected);
      const writes = await page.evaluate(() => (window as unknown as { __active: string[] }).__active);
      // Only the target is ever written: the engine never walks through the steps before it.
      expect(writes.filter((w) => w !== expected), target).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
    // 46 page loads: on a shared 2-core machine this ran past the default 120 s.
  }, 300_000);

  it('ignores an unknown fragment without an error', async () => {
    const { page, errors } = await open({ viewport });
    await page.goto(`${baseURL()}/#no-such-step`, { waitUntil: 'networkidle' });
    await settled(page);
    expect(await active(page)).toBe(ids[0]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('after 100 seeded random jumps and 20 fast flings, the active step is the one at the trigger line', async () => {
    const { page, errors } = await open({ viewport });
    await page.addInitScript(PROBE);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    const random = mulberry32(viewport.width);
    const max = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    type Probe = { __probe: { jump(y: number, first: string): Promise<{ active: string; expected: string }> } };
    for (let i = 0; i < 100; i++) {
      const y = Math.round(random() * max);
      const r = await page.evaluate(([top, first]) => (window as unknown as Probe).__probe.jump(top, first), [y, ids[0]!] as const);
      expect(r.active, `jump ${i} to ${y}`).toBe(r.expected);
    }
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (let i = 0; i < 20; i++) {
      const direction = random() < 0.5 ? -1 : 1;
      // A fling: a burst of large wheel deltas faster than frames render.
      for (let k = 0; k < 8; k++) await page.mouse.wheel(0, direction * (600 + Math.round(random() * 1400)));
      await settled(page);
      expect(await active(page), `fling ${i}`).toBe(await stepAtTrigger(page));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('steps through every step with the keyboard, updating the fragment without adding history entries', async () => {
    const { page, errors } = await open({ viewport });
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    const length = await page.evaluate(() => history.length);
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.keyboard.press(i % 2 ? 'j' : 'ArrowRight');
      await settled(page);
      if (i === 0) {
        await page.keyboard.press('j');
        await page.keyboard.press('k');
        await settled(page);
      }
      expect(await active(page), `key ${i}`).toBe(id);
      // The fragment follows once a step has held for a moment (within a second, CONTRACTS.md).
      await page.waitForFunction((h) => location.hash === h, `#${id}`, { timeout: 1000 }).catch(() => undefined);
      expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    }
    await page.keyboard.press('ArrowLeft');
    await settled(page);
    expect(await active(page)).toBe(ids[ids.length - 2]);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('on the narrowest phone (320×568)', () => {
  it('never hides step text under the graphic', async () => {
    const { page, errors } = await open({ viewport: { width: 320, height: 568 } });
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    for (const id of ids) {
      await page.evaluate((step) => document.getElementById(step)!.scrollIntoView({ block: 'center' }), id);
      await settled(page);
      // Whatever is drawn at the middle and at the corners of the step's text box must be the box itself.
      // Only the band of controls across the top of the screen lies above the steps, as a sticky header
      // would: a box taller than the screen passes under it.
      const covered = await page.evaluate((step) => {
        const box = document.querySelector(`[data-step="${step}"] .step-box`)!;
        const band = box.closest('section')!.querySelector('.controls .band')!.getBoundingClientRect();
        const r = box.getBoundingClientRect();
        const top = Math.max(r.top, band.bottom);
        const points = [
          [r.left + r.width / 2, r.top + Math.min(r.height / 2, 200)],
          [r.left + 4, top + 4],
          [r.right - 4, top + 4]
        ].filter(([, y]) => y! > band.bottom && y! < innerHeight);
        return { checked: points.length, covered: points.filter(([x, y]) => !box.contains(document.elementFromPoint(x!, y!))).length };
      }, id);
      expect(covered.checked, id).toBeGreaterThan(0);
      expect(covered.covered, id).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('has all step text and one SVG per sticky section', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}/`);
    for (const section of sticky) {
      expect(await page.locator(`#${section.id} figure.graphic svg[data-viz]`).count(), section.id).toBe(1);
      for (const step of section.steps) {
        // The step's words without the numbered links to further sources.
        const text = await page.locator(`[data-step="${step.id}"]`).evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('sup').forEach((s) => s.remove());
          return copy.textContent!.replace(/\s+/g, ' ').trim();
        });
        for (const paragraph of step.text) expect(text).toContain(plain(paragraph));
      }
    }
    expect(await page.locator('[data-step]').count()).toBe(ids.length);
    await page.context().close();
  });
});
