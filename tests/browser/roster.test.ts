// The roster in real Chromium: the count names exactly the rows the reader sees, at phone to desktop widths;
// a person's link opens on their row, with and without JavaScript; the CSV is served as Excel needs it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function shown(page: Page): Promise<RosterShown> {
  return (await page.evaluate(ROSTER_SHOWN)) as RosterShown;
}

/** Types into the search box and waits until the live count has followed. */
async function search(page: Page, query: string) {
  const before = await page.locator('#roster [aria-live]').textContent();
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((b) => document.querySelector('#roster [aria-live]')!.textContent !== b, before);
}

describe('the roster count', () => {
  it.each(WIDTHS)('names exactly the rows with a rendered box at %i px', async (width) => {
    const { page, errors } = await openPage(browser, { viewport: { width, height: 844 } });
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });

    // Every control fits the screen: none pushes the page sideways.
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#roster input, #roster select'))
        .map((el) => el.getBoundingClientRect())
        .filter((b) => b.left < 0 || b.right > document.documentElement.clientWidth).length
    );
    expect(overflow).toBe(0);

    const all = await shown(page);
    expect(all.rows).toBe(transferred.length);
    expect(all.shown).toHaveLength(transferred.length);
    expect(all.said).toBe(transferred.length);

    // Caro Quintero is one of the 92: a query that narrows the list to a few rows.
    await search(page, 'Caro Quintero');
    const some = await shown(page);
    expect(some.shown).toContain('rafael-caro-quintero');
    expect(some.said).toBeLessThan(transferred.length);
    expect(some.shown).toHaveLength(some.said);

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

  it.each([
    [390, true],
    [390, false],
    [1440, true],
    [1440, false]
  ])('at %i px (JavaScript %s) opens with the row in view, and the URL keeps naming it', async (width, javaScriptEnabled) => {
    for (const p of [target, last]) {
      const { page, errors } = await openPage(browser, { viewport: { width, height: 844 }, javaScriptEnabled });
      await page.goto(`${baseURL()}/#person-${p.id}`, { waitUntil: 'networkidle' });
      // Past any settling the story does after load.
      await page.waitForTimeout(600);
      expect(await page.evaluate(rowInView(p.id)), p.id).toBe(true);
      expect(new URL(page.url()).hash).toBe(`#person-${p.id}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('is on every row, and a link to a row the filters hide clears them', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseURL()}/#roster`, { waitUntil: 'networkidle' });
    expect(await page.locator('#roster tbody tr a.permalink').count()).toBe(transferred.length);
    await search(page, 'no such person anywhere');
    await page.evaluate((id) => (location.hash = `#person-${id}`), last.id);
    await page.waitForFunction(rowInView(last.id));
    expect((await shown(page)).said).toBe(transferred.length);
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
