// WebKitGTK (Safari's engine): MiniBrowser driven by Debian's WebKitWebDriver over W3C WebDriver
// (selenium-webdriver), on a private Xvfb display. One window, resized per tab.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key as WdKey, Origin, type WebDriver } from 'selenium-webdriver';
import { ERROR_RECORDER, sleep, type Engine, type Key, type Tab, type Viewport } from './engine';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

const KEYS: Record<Key, string> = { ArrowRight: WdKey.ARROW_RIGHT, ArrowLeft: WdKey.ARROW_LEFT, j: 'j', k: 'k' };

// MiniBrowser's toolbar keeps its window at least 447 px wide; shrinking the toolbar's widgets (GTK's own
// stylesheet, in a private config folder) lets the page reach a phone's 390 px. Web content is untouched.
const GTK_CSS = '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

async function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  const proc = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore']
  });
  const display = await new Promise<string>((ok, fail) => {
    proc.once('error', fail);
    proc.once('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
    proc.stdout!.once('data', (d) => ok(`:${String(d).trim()}`));
  });
  return { display, proc };
}

async function waitForDriver(url: string) {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return;
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

export async function launchWebKit(): Promise<Engine> {
  for (const [file, pkg] of [
    [WEBKIT_DRIVER, 'webkit2gtk-driver'],
    [MINIBROWSER, 'webkit2gtk-driver'],
    [XVFB, 'xvfb']
  ] as const)
    if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install -y ${pkg}`);

  const config = mkdtempSync(join(tmpdir(), 'handover-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), GTK_CSS);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProc = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config },
    stdio: 'ignore'
  });
  const server = `http://127.0.0.1:${port}`;
  await waitForDriver(server);
  const driver: WebDriver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      // The command returns at once, so the error listener goes in as soon as the new document answers.
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
    })
    .build();
  await driver.manage().setTimeouts({ script: 180_000 });
  const caps = await driver.getCapabilities();
  const version = `WebKitGTK ${caps.get('browserVersion')}`;

  async function resize(viewport: Viewport) {
    for (let i = 0; i < 8; i++) {
      const [w, h] = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
      if (w === viewport.width && h === viewport.height) return;
      const rect = await driver.manage().window().getRect();
      await driver.manage().window().setRect({ width: rect.width + viewport.width - w, height: rect.height + viewport.height - h });
      await sleep(100);
    }
    throw new Error(`MiniBrowser's page could not be sized to ${viewport.width}×${viewport.height}`);
  }

  /** Polls until a new document passes `accept`, installs the error recorder in it first thing, then waits for load. */
  async function settleOn(accept: (href: string) => boolean, timeoutMs: number) {
    const end = Date.now() + timeoutMs;
    let installed = false;
    for (;;) {
      // A call that meets the old document unloading fails; the next one reaches the new document.
      const answer = (await driver
        .executeScript(
          `const fresh = !window.__handoverOld; if (fresh) { ${ERROR_RECORDER} } return [location.href, document.readyState, fresh];`
        )
        .catch(() => null)) as [string, string, boolean] | null;
      if (!answer) {
        if (Date.now() > end) throw new Error(`the page did not answer within ${timeoutMs} ms`);
        await sleep(20);
        continue;
      }
      const [href, state, fresh] = answer;
      installed ||= fresh && accept(href);
      if (installed && state === 'complete') return;
      if (Date.now() > end) throw new Error(`no new document passed the check within ${timeoutMs} ms (at ${href})`);
    }
  }

  const errors: string[] = [];
  const collect = async () => {
    const inPage = (await driver
      .executeScript('return window.__errors ? window.__errors.splice(0) : []')
      .catch(() => [])) as string[];
    errors.push(...inPage);
  };

  return {
    name: 'webkit',
    version,
    async open(viewport: Viewport): Promise<Tab> {
      // Resized with the last page still loaded, that page would answer the resize (and may report it) in the
      // new tab's name: resize an empty document.
      await collect();
      await driver.executeScript('window.__handoverOld = true');
      await driver.get('about:blank');
      await settleOn((href) => href === 'about:blank', 10_000);
      await resize(viewport);
      await collect();
      errors.length = 0;
      return {
        async goto(url) {
          await collect();
          // Marks the old document, so the poll below knows when the new one has replaced it.
          await driver.executeScript('window.__handoverOld = true');
          await driver.get(url);
          // Any new document is where the navigation led: the page may rewrite its own fragment (the story follows
          // the active step), and a share page may hand the reader on to the story before the first poll sees it
          // (WebKit, once in CI: the poll met the story and waited 30 s for a share page already gone).
          await settleOn(() => true, 30_000);
        },
        async waitForDocument(accept, timeoutMs = 10_000) {
          await settleOn(accept, timeoutMs);
        },
        async run(fn, arg) {
          const result = (await driver.executeAsyncScript(
            `const done = arguments[arguments.length - 1];
             Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
               .then((value) => done({ value }), (e) => done({ error: String(e && (e.stack || e)) }));`,
            arg
          )) as { value?: unknown; error?: string };
          if (result.error !== undefined) throw new Error(`in WebKit: ${result.error}`);
          return result.value as never;
        },
        async press(keys, gapMs) {
          // One WebDriver call for the whole run of keys, so the gaps are the page's, not the client's.
          let actions = driver.actions({ async: true });
          for (const k of keys) actions = actions.keyDown(KEYS[k]).keyUp(KEYS[k]).pause(gapMs);
          await actions.perform();
        },
        async tap(x, y) {
          await driver
            .actions({ async: true })
            .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
            .press()
            .release()
            .perform();
        },
        async type(selector, text) {
          await driver.findElement(By.css(selector)).sendKeys(text);
        },
        async errors() {
          await collect();
          return [...errors];
        },
        async close() {
          await collect();
        }
      };
    },
    async close() {
      await driver.quit().catch(() => undefined);
      driverProc.kill();
      xvfb.proc.kill();
      rmSync(config, { recursive: true, force: true });
    }
  };
}
