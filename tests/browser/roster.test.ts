// The roster in real Chromium: the count names exactly the rows the reader sees, at phone to desktop widths;
// the story page carries no rows, only a link to the roster page, and fetches them when the roster comes near
// (never in the first load); a person's link opens on their row, with and without JavaScript; the CSV is served
// as Excel needs it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseURL, launch, openPage } from './browser';
import { dataset } from './data';
import { ROSTER_SHOWN, rowInView, type RosterShown } from './roster-contract';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const transferred = dataset.people.filter((p) => p.transfer);
const WIDTHS = [320, 390, 768, 1440];

/** Waits until the rows fetched from the roster page are all in (the link to it has given way). */
async function rowsIn(page: Page) {
  // A function, not the contract's string: the page's CSP refuses eval, which waitForFunction uses for strings.
  await page.waitForFunction(() => !document.querySelector('#roster [data-roster-more]') && document.querySelectorAll('#roster tbody tr').length > 0, null, {
    timeout: 10_000
  });
}

async function shown(page: Page): Promise<RosterShown> {
  return (await page.evaluate(ROSTER_SHOWN)) as RosterShown;
}

/** Types into the search box and waits until the live count has followed. */
async function search(page: Page, query: string) {
  const before = await page.locator('#roster [aria-live]').textContent();
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((b) => document.querySelector('#roster [aria-live]')!.textContent !== b, before);
}

/** Every row is shown and counted; then "Caro Quintero", one of the 92, narrows the list to the rows it names. */
async function allThenNarrowed(page: Page) {
  const all = await shown(page);
  expect(all.rows).toBe(transferred.length);
  expect(all.shown).toHaveLength(transferred.length);
  expect(all.said).toBe(transferred.length);
  await search(page, 'Caro Quintero');
  const some = await shown(page);
  expect(some.shown).toContain('rafael-caro-quintero');
  expect(some.said).toBeLessThan(transferred.length);
  expect(some.shown).toHaveLength(some.said);
}

describe('the roster count', () => {
  it.each(WIDTHS)('names exactly the rows with a rendered box at %i px', async (width) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: 844 } });
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });
    await rowsIn(page);

    // Every control fits the screen: none pushes the page sideways.
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#roster input, #roster select'))
        .map((el) => el.getBoundingClientRect())
        .filter((b) => b.left < 0 || b.right > document.documentElement.clientWidth).length
    );
    expect(overflow).toBe(0);

    await allThenNarrowed(page);

    await search(page, 'no such person anywhere');
    const none = await shown(page);
    expect(none.said).toBe(0);
    expect(none.shown).toEqual([]);

    // The filters: a cartel takes in its factions' men; a status.
    await search(page, '');
    await page.locator('#roster select[name=organization]').selectOption('sinaloa');
    const sinaloa = await shown(page);
    expect(sinaloa.said).toBeGreaterThan(0);
    expect(sinaloa.said).toBeLessThan(transferred.length);
    expect(sinaloa.shown).toHaveLength(sinaloa.said);
    await page.locator('#roster select[name=organization]').selectOption('all');
    await page.locator('#roster select[name=status]').selectOption('pleaded-guilty');
    const guilty = await shown(page);
    expect(guilty.shown.sort()).toEqual(transferred.filter((p) => p.status.value === 'pleaded-guilty').map((p) => p.id).sort());
    expect(guilty.said).toBe(guilty.shown.length);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the roster on /es/', () => {
  const ids = (status: string) => transferred.filter((p) => p.status.value === status).map((p) => p.id);

  it.each([390, 1440])('filters the rows the reader sees by a name and by a Spanish status word at %i px', async (width) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: 844 } });
    await page.goto(`${baseURL()}/es/#roster`, { waitUntil: 'networkidle' });
    await rowsIn(page);
    const all = await shown(page);
    expect(all.shown).toHaveLength(transferred.length);
    expect(all.said).toBe(transferred.length);
    expect(await page.locator('#roster [aria-live]').textContent()).toBe(`Se muestran ${transferred.length} de ${transferred.length} personas`);

    await search(page, 'Caro');
    const caro = await shown(page);
    expect(caro.shown).toContain('rafael-caro-quintero');
    expect(caro.said).toBeLessThan(transferred.length / 4);
    expect(caro.shown).toHaveLength(caro.said);

    // "culpable": who pleaded guilty (and anyone whose record says so), never who pleaded not guilty.
    await search(page, 'culpable');
    const guilty = await shown(page);
    expect(ids('pleaded-guilty').length).toBeGreaterThan(0);
    expect(guilty.shown).toEqual(expect.arrayContaining(ids('pleaded-guilty')));
    expect(guilty.shown.filter((id) => ids('pleaded-not-guilty').includes(id))).toEqual([]);
    expect(guilty.shown).toHaveLength(guilty.said);

    await search(page, 'nadie con este nombre');
    expect((await shown(page)).said).toBe(0);
    await page.getByRole('button', { name: 'Borrar la búsqueda y los filtros' }).click();
    await page.waitForFunction((n) => document.querySelector('#roster [aria-live]')!.textContent!.startsWith(`Se muestran ${n} `), transferred.length);
    expect((await shown(page)).shown).toHaveLength(transferred.length);

    const status = page.locator('#roster select[name=status]');
    expect(await status.locator('option[value=pleaded-not-guilty]').textContent()).toMatch(/^Se declaró no culpable \(\d+\)$/);
    await status.selectOption('pleaded-not-guilty');
    const notGuilty = await shown(page);
    expect(notGuilty.shown.sort()).toEqual(ids('pleaded-not-guilty').sort());
    expect(notGuilty.said).toBe(notGuilty.shown.length);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('serves /es/data/people.csv with a byte order mark and Spanish column names', async () => {
    const res = await fetch(`${baseURL()}/es/data/people.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(await res.arrayBuffer()));
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid,nombre,tipo,alias,envio,/);
    expect(text).toContain('Cártel de Sinaloa');
  });
});

describe('a person\'s link', () => {
  const target = transferred.find((p) => p.id === 'rafael-caro-quintero')!;
  // A row far down the roster, so landing on it is not an accident of the page's height.
  const last = transferred[transferred.length - 1]!;

  it.each([390, 1440])('at %i px with JavaScript opens with the row in view, once the rows are in, and the URL keeps naming it', async (width) => {
    for (const p of [target, last]) {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 844 } });
      await page.goto(`${baseURL()}/#person-${p.id}`, { waitUntil: 'networkidle' });
      await rowsIn(page);
      // Past any settling the story does after load.
      await page.waitForTimeout(600);
      expect(await page.evaluate(rowInView(p.id)), p.id).toBe(true);
      expect(await page.evaluate((id) => document.getElementById(`person-${id}`)!.tagName, p.id)).toBe('TR');
      expect(new URL(page.url()).hash).toBe(`#person-${p.id}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  // Without JavaScript the story page has no rows: a person's link lands on the roster's link to the roster page,
  // and there the same fragment opens on the row.
  it.each([390, 1440])('at %i px without JavaScript lands on the link to the roster page, where the row is', async (width) => {
    for (const p of [target, last]) {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 844 }, javaScriptEnabled: false });
      await page.goto(`${baseURL()}/#person-${p.id}`, { waitUntil: 'load' });
      const link = page.locator('#roster [data-roster-more] a');
      expect(await link.isVisible()).toBe(true);
      const box = (await link.boundingBox())!;
      // The fragment's anchor sits on the link's line: its top at the viewport's top, give or take a rounding.
      expect(box.y, p.id).toBeGreaterThan(-2);
      expect(box.y + box.height, p.id).toBeLessThanOrEqual(844);
      await link.click();
      await page.waitForURL(/\/roster\/$/);
      await page.goto(`${baseURL()}/roster/#person-${p.id}`, { waitUntil: 'load' });
      expect(await page.evaluate(rowInView(p.id)), p.id).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('is on every row, and a link to a row the filters hide clears them', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });
    await rowsIn(page);
    expect(await page.locator('#roster tbody tr a.permalink').count()).toBe(transferred.length);
    await search(page, 'no such person anywhere');
    await page.evaluate((id) => (location.hash = `#person-${id}`), last.id);
    await page.waitForFunction(rowInView(last.id));
    expect((await shown(page)).said).toBe(transferred.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the roster page', () => {
  it('is linked from the story page, whose HTML carries no row', () => {
    for (const [file, page, text] of [
      ['build/index.html', '/', 'Every person, with sources: '],
      ['build/es/index.html', '/es/', 'Todas las personas, con sus fuentes: ']
    ] as const) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<tr[^>]*data-person/);
      const href = new RegExp(`<p data-roster-more[^>]*>${text}<a href="([^"]+)">`).exec(html)?.[1];
      expect(href, file).toBeDefined();
      expect(new URL(href!, `http://x${page}`).pathname, file).toBe(`${page}roster/`);
    }
  });

  it.each([
    ['/roster/', 'Every person transferred, with sources', 'Back to the story'],
    ['/es/roster/', 'Todas las personas enviadas, con sus fuentes', 'Volver a la historia']
  ])('%s without JavaScript shows every row with its sources, its own title and a way back', async (path, heading, back) => {
    const { page, errors, requests } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseURL()}${path}`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe(heading);
    expect(await page.title()).toMatch(new RegExp(`^${heading} — `));
    const story = new URL(path.replace(/roster\/$/, ''), baseURL()).href;
    expect(await page.locator('main a').first().evaluate((a) => (a as HTMLAnchorElement).href)).toBe(story);
    expect(await page.locator('main a').first().textContent()).toContain(back);
    const rows = (await page.evaluate(ROSTER_SHOWN.replaceAll('#roster ', ''))) as RosterShown;
    expect(rows.rows).toBe(transferred.length);
    expect(rows.shown).toHaveLength(transferred.length);
    expect(rows.shown.sort()).toEqual(transferred.map((p) => p.id).sort());
    // Every person's sources, as links to them.
    for (const p of transferred) {
      const links = await page.locator(`tr[data-person="${p.id}"] td:last-child a[href]`).count();
      expect(links, p.id).toBe(p.sources.length);
    }
    // The page runs nothing: no script asked for.
    expect(requests.filter((u) => /\.js$/.test(new URL(u).pathname))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the roster page for axe-core', () => {
  it.each([
    [390, '/roster/'],
    [1440, '/es/roster/']
  ])('at %i px, %s has no violation', async (width, path) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: 844 } });
    await page.goto(`${baseURL()}${path}`, { waitUntil: 'load' });
    expect(await page.locator('tbody tr').count()).toBe(transferred.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the rows on the story page, with JavaScript', () => {
  const ROSTER_PAGE = (u: string) => /\/roster\/$/.test(new URL(u).pathname);

  it.each([
    ['English', ''],
    ['Spanish', '/es']
  ])('%s edition: none are fetched in the first load; scrolling to the roster brings them, and the search works', async (_, edition) => {
    const { page, errors, requests } = await openPage(browser);
    await page.goto(`${baseURL()}${edition}/`, { waitUntil: 'networkidle' });
    // The bench's first load: network idle and half a second more.
    await page.waitForTimeout(500);
    expect(requests.filter(ROSTER_PAGE)).toEqual([]);
    expect(await page.locator('#roster tbody tr').count()).toBe(0);
    expect(await page.locator('#roster [data-roster-more] a').count()).toBe(1);

    await page.locator('#roster').scrollIntoViewIfNeeded();
    await rowsIn(page);
    expect(requests.filter(ROSTER_PAGE)).toEqual([`${baseURL()}${edition}/roster/`]);
    await allThenNarrowed(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a search typed before the rows are in is applied when they are', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('#roster tbody tr').count()).toBe(0);
    await page.getByRole('searchbox').fill('Caro Quintero');
    await rowsIn(page);
    await page.waitForFunction((n) => !document.querySelector('#roster [aria-live]')!.textContent!.startsWith(`${n} of`), transferred.length);
    const some = await shown(page);
    expect(some.shown).toContain('rafael-caro-quintero');
    expect(some.shown).toHaveLength(some.said);
    expect(some.said).toBeLessThan(transferred.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the roster as an island', () => {
  // The controls' code (src/lib/roster/lazy.ts) is a chunk of its own, loaded when the roster wakes.
  const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
  const chunk = `/${manifest['src/lib/roster/lazy.ts']!.file}`;
  const state = (page: Page) => page.locator('#roster [data-roster-island]').getAttribute('data-island');

  it('sleeps at load, with its code not loaded, and wakes when the reader comes near', async () => {
    const { page, errors, requests } = await openPage(browser);
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(await state(page)).toBe('asleep');
    expect(requests.filter((u) => u.endsWith(chunk))).toEqual([]);
    await page.locator('#roster').scrollIntoViewIfNeeded();
    await rowsIn(page);
    expect(await state(page)).toBe('live');
    expect(requests.filter((u) => u.endsWith(chunk))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a search typed before its code has come, and applies it', async () => {
    const { page, errors } = await openPage(browser);
    // The code is held back until the search is typed: the input is the server's, not yet hydrated.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(`**${chunk}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('#roster [data-roster-island]')?.getAttribute('data-island') === 'live');
    await page.getByRole('searchbox').fill('Caro Quintero');
    expect(await page.locator('#roster tbody tr').count()).toBe(0);
    release();
    await rowsIn(page);
    await page.waitForFunction((n) => !document.querySelector('#roster [aria-live]')!.textContent!.startsWith(`${n} of`), transferred.length);
    const some = await shown(page);
    expect(some.shown).toContain('rafael-caro-quintero');
    expect(some.shown).toHaveLength(some.said);
    expect(some.said).toBeLessThan(transferred.length);
    expect(await page.getByRole('searchbox').inputValue()).toBe('Caro Quintero');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('people.csv as served', () => {
  it('is UTF-8 with a byte order mark and CRLF line ends', async () => {
    const res = await fetch(`${baseURL()}/data/people.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text).toContain('Marín');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid,name,/);
  });
});

describe('corrections.json as served', () => {
  it('lists every correction in the data', async () => {
    const res = await fetch(`${baseURL()}/data/corrections.json`);
    expect(res.status).toBe(200);
    const list = (await res.json()) as { record: string }[];
    expect(list).toHaveLength(dataset.corrections.length);
    expect(list.map((c) => c.record).sort()).toEqual(dataset.corrections.map((c) => c.record).sort());
  });
});
