// The print edition: `/` printed to PDF in Chromium is a readable article. Every step's text is in it, in order;
// each sticky section's chart is drawn under its heading, whole on one page; nothing sticks and no button prints.
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/lib/story/types';
import { baseURL, chromiumForFile } from './browser';
import { dataset } from './data';
import { story, sticky } from './story';

const open = chromiumForFile();

/** Whitespace-free, so line breaks and the PDF's own spacing between text runs do not matter. */
const squash = (s: string) => s.replace(/\s+/g, '');
const runText = (r: Inline) => (typeof r === 'string' ? r : 'text' in r ? r.text : 'em' in r ? r.em : r.strong);

async function pdfText(buf: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: buf, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    // Paint order, which is reading order here: nothing in the print edition is positioned or stacked.
    text += content.items.map((it) => ('str' in it ? it.str : '')).join('') + '\n';
  }
  return { pages: doc.numPages, text };
}

/** For each sticky section, under print media: its chart's drawn labels and boxes, and what could still stick. */
async function printLayout(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((ids) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    return {
      sections: ids.map((id) => {
        const fig = document.querySelector(`#${id} figure.graphic`)!;
        const svg = fig.querySelector('svg[data-viz]')!;
        const labels = Array.from(fig.querySelectorAll('svg text'))
          .filter((t) => visible(t) && (t.textContent ?? '').trim().length > 3)
          .map((t) => t.textContent!.trim());
        const box = fig.getBoundingClientRect();
        const heading = document.getElementById(`${id}-title`)!.getBoundingClientRect();
        const steps = Array.from(document.querySelectorAll(`#${id} [data-step]`)).map((el) => el.getBoundingClientRect());
        return {
          id,
          position: getComputedStyle(fig).position,
          chart: svg.getBoundingClientRect().height,
          figure: box.height,
          labels,
          // Heading, chart, then the steps one after another, none over another.
          inOrder: heading.bottom <= box.top && box.bottom <= steps[0]!.top && steps.every((r, i) => i === 0 || steps[i - 1]!.bottom <= r.top + 0.5)
        };
      }),
      buttons: Array.from(document.querySelectorAll('button, [data-share]')).filter(visible).length,
      sticky: Array.from(document.querySelectorAll('*')).filter((el) => getComputedStyle(el).position === 'sticky').length
    };
  }, sticky.map((s) => s.id));
}

describe('printing the story', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    it(`gives every step's text in order and each section's chart under its heading (${colorScheme} screen)`, async () => {
      // The page box of A4 inside the print edition's 15 mm margins, in CSS px: 180 × 267 mm.
      const { page, errors } = await open({ viewport: { width: 680, height: 1009 }, colorScheme });
      await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
      const layout = await printLayout(page);
      expect(layout.buttons).toBe(0);
      expect(layout.sticky).toBe(0);
      for (const s of layout.sections) {
        expect(s.position, s.id).not.toBe('sticky');
        expect(s.chart, s.id).toBeGreaterThan(150);
        expect(s.figure, s.id).toBeLessThan(1009);
        expect(s.labels.length, s.id).toBeGreaterThan(0);
        expect(s.inOrder, s.id).toBe(true);
      }
      const ink = await page.evaluate(() => getComputedStyle(document.body).color);
      expect(ink).toBe('rgb(0, 0, 0)');

      const { pages, text } = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
      // Each cited phrase is followed on paper by its source's name: counted, then set aside so the step text reads
      // straight through (the note can fall on the next line, after words that follow it on screen).
      const note = /\(Source:(?:[^()]|\([^()]*\))*\)/g;
      const cites = story.sections.flatMap((s) => [...s.intro, ...s.steps.flatMap((st) => st.text)]).flat().filter((r) => typeof r === 'object' && 'sources' in r);
      expect(squash(text).match(note)?.length).toBeGreaterThanOrEqual(cites.length);
      const flat = squash(text).replace(note, '');
      expect(pages).toBeGreaterThan(5);
      let at = flat.indexOf(squash(dataset.meta.title));
      expect(at).toBeGreaterThanOrEqual(0);
      for (const [k, section] of sticky.entries()) {
        const head = flat.indexOf(squash(section.title), at);
        expect(head, `heading of ${section.id}`).toBeGreaterThanOrEqual(at);
        at = head;
        // The chart is drawn in its section: a label it shows on paper is printed before the next heading.
        const next = k + 1 < sticky.length ? flat.indexOf(squash(sticky[k + 1]!.title), head) : flat.length;
        const drawn = layout.sections.find((s) => s.id === section.id)!;
        expect(
          drawn.labels.some((l) => flat.slice(head, next).includes(squash(l))),
          `a label of ${section.id}'s chart (${drawn.labels.slice(0, 3).join(', ')})`
        ).toBe(true);
        for (const step of section.steps)
          for (const paragraph of step.text)
            for (const run of paragraph) {
              const piece = squash(runText(run));
              if (!piece) continue;
              const found = flat.indexOf(piece, at);
              expect(found, `${step.id}: "${runText(run).slice(0, 60)}"`).toBeGreaterThanOrEqual(at);
              at = found + piece.length;
            }
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
