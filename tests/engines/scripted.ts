// The tab that Chromium (playwright-core) and Firefox (puppeteer-core) share: both libraries' pages run scripts,
// load addresses and take key and mouse input through the same calls, so only waiting and closing differ.
import { sleep, type Key, type Tab } from './engine';

/** What the two libraries' pages have in common, as far as a tab needs it (arguments loosely typed: they differ). */
export interface ScriptedPage {
  evaluate(fn: never, arg?: never): Promise<unknown>;
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  keyboard: { press(key: never): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
}

/** A tab over `page`; `own` is what each library does its own way. */
export function scriptedTab(page: ScriptedPage, own: Pick<Tab, 'waitForDocument' | 'type' | 'close'>): Tab {
  const evaluate = page.evaluate.bind(page) as <A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;
  // The same in-page recorder as in WebKit, so error counts mean the same thing in every engine.
  const errors: string[] = [];
  const collect = async () => {
    const inPage = await evaluate(() => (window as unknown as { __errors?: string[] }).__errors?.splice(0) ?? []).catch(
      () => [] as string[]
    );
    errors.push(...inPage);
  };
  return {
    ...own,
    async goto(url) {
      await collect();
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, arg) => evaluate(fn, arg),
    async press(keys: Key[], gapMs) {
      for (const k of keys) {
        await page.keyboard.press(k as never);
        await sleep(gapMs);
      }
    },
    tap: (x, y) => page.mouse.click(x, y),
    async errors() {
      await collect();
      return [...errors];
    }
  };
}
