// One small interface over the three browser engines, so a reader contract is written once and runs in each.
// Chromium through playwright-core, Firefox through puppeteer-core over WebDriver BiDi, WebKit through
// selenium-webdriver talking W3C WebDriver to WebKitGTK's MiniBrowser. A missing browser fails; it never skips.

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINE_NAMES: EngineName[] = ['chromium', 'firefox', 'webkit'];

export interface Viewport {
  width: number;
  height: number;
}

/** A key the contracts press, in the spelling of the DOM's KeyboardEvent.key. */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'j' | 'k';

export interface Tab {
  /**
   * Opens a new document and waits for its load event. The error listener is in place as the document starts,
   * so a script error during parsing or hydration is caught.
   */
  goto(url: string): Promise<void>;
  /** Waits until a document whose href passes `accept` has loaded (after a redirect), listening for its errors. */
  waitForDocument(accept: (href: string) => boolean, timeoutMs?: number): Promise<void>;
  /** Runs `fn(arg)` in the page (it may return a promise) and gives back its JSON-able result. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Real key input, one press after another, `gapMs` apart (a held key repeats about every 45 ms). */
  press(keys: Key[], gapMs: number): Promise<void>;
  /** A real pointer click at viewport coordinates. */
  tap(x: number, y: number): Promise<void>;
  /** Focuses the first element matching `selector` and types `text` into it with real key input. */
  type(selector: string, text: string): Promise<void>;
  /** Script errors seen so far in every document this tab opened. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The browser's own name and version, for the report. */
  version: string;
  open(viewport: Viewport): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * Recorder installed at document start: uncaught errors, unhandled rejections and console.error calls.
 * Kept as a string because it runs before anything else in the page, in engines with no console-log API.
 */
export const ERROR_RECORDER = `(() => {
  if (window.__errors) return;
  const errors = (window.__errors = []);
  addEventListener('error', (e) => errors.push('error: ' + (e.error ? String(e.error.stack || e.error) : e.message)));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason))));
  const log = console.error.bind(console);
  console.error = (...a) => { errors.push('console.error: ' + a.map(String).join(' ')); log(...a); };
})();`;

export async function launchEngine(name: EngineName): Promise<Engine> {
  if (name === 'chromium') return (await import('./chromium')).launchChromium();
  if (name === 'firefox') return (await import('./firefox')).launchFirefox();
  return (await import('./webkit')).launchWebKit();
}

/** The engines to run: all three unless ENGINES names some (comma-separated), for a quick local run. */
export function enginesToRun(): EngineName[] {
  const wanted = process.env.ENGINES?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted?.length) return ENGINE_NAMES;
  for (const w of wanted) if (!ENGINE_NAMES.includes(w as EngineName)) throw new Error(`unknown engine ${w}`);
  return wanted as EngineName[];
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
