import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '$lib/format';
import type { Dataset } from '$lib/data/schema';
import { NO_FILTER, filterOptions, fold, rosterRows, rowKeys, rowMatches, searchText, words } from '$lib/roster';
import Roster from './Roster.svelte';
import RosterTable from './RosterTable.svelte';
import { fixture, withFamilyAndFaction } from './test-cases';

const rows = rosterRows(fixture);
const transfers = fixture.transfers.map((t) => ({ id: t.id, date: t.date, count: t.count }));

function find(d: Dataset, query: string): string[] {
  return rosterRows(d)
    .filter((r) => rowMatches(rowKeys(r), { ...NO_FILTER, query }))
    .map((r) => r.id)
    .sort();
}

/** The page as built: the filter, with the build-time table poured into its slot. */
function page(d: Dataset = fixture) {
  const all = rosterRows(d);
  const html = render(RosterTable, { rows: all }).container.innerHTML;
  const { container } = render(Roster, { total: all.length, transfers, ...filterOptions(all) });
  container.querySelector('[data-roster-slot]')!.innerHTML = html;
  const visible = () =>
    [...container.querySelectorAll<HTMLTableRowElement>('[data-roster-slot] tbody tr')]
      .filter((tr) => !tr.hidden)
      .map((tr) => tr.dataset.person);
  return { container, visible };
}

describe('RosterTable', () => {
  it('lists every transferred person and no context figure', () => {
    const { container } = render(RosterTable, { rows });
    const ids = [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-person'));
    expect(ids.sort()).toEqual(fixture.people.filter((p) => p.transfer).map((p) => p.id).sort());
  });

  it('shows an unidentified person as unidentified, never with a name, and flags low confidence', () => {
    const { container } = render(RosterTable, { rows });
    const row = container.querySelector('tr[data-kind="unidentified"]')!;
    expect(row.querySelector('th')!.textContent).toContain('Unidentified');
    expect(row.textContent).toContain('low-confidence identification');
  });

  it('links every source of a person, and the row to itself', () => {
    const { container } = render(RosterTable, { rows });
    const links = [...container.querySelectorAll('tr[data-person="caro-quintero"] td a')].map((a) => a.getAttribute('href'));
    const caro = fixture.people.find((p) => p.id === 'caro-quintero')!;
    expect(links).toEqual(caro.sources.map((id) => fixture.sources.find((s) => s.id === id)!.url));
    const self = container.querySelector('tr[data-person="caro-quintero"] th a.permalink')!;
    expect(self.getAttribute('href')).toBe('#person-caro-quintero');
    expect(container.querySelector('#person-caro-quintero')).toBe(self.closest('tr'));
    expect(self.textContent).toBe('Link to this row: Rafael Caro Quintero');
  });

  it('shows what the search finds: the cartel a faction belongs to, the court’s abbreviation and city, named relatives', () => {
    const { container } = render(RosterTable, { rows: rosterRows(withFamilyAndFaction()) });
    expect(container.querySelector('tr[data-person="chapito-man"] td[data-label="Organization"]')!.textContent).toBe(
      'Los Chapitos (Sinaloa Cartel)'
    );
    const court = container.querySelector('tr[data-person="caro-quintero"] td[data-label="US court"]')!.textContent!;
    expect(court).toContain('(E.D.N.Y., Brooklyn)');
    expect(container.querySelector('tr[data-person="mencho-brother"] .family')!.textContent).toBe(
      'Family: sibling of Nemesio Oseguera Cervantes “El Mencho”'
    );
  });
});

describe('the next scheduled step', () => {
  function scheduled(): Dataset {
    const d = structuredClone(fixture);
    const caro = d.people.find((p) => p.id === 'caro-quintero')!;
    const src = caro.sources[0]!;
    caro.scheduled = [
      { date: '2099-03-08', what: 'trial', sources: [src], outcome: null },
      { date: '2000-01-10', what: 'status hearing', sources: [src], outcome: { text: 'Trial date set.', sources: [src] } },
      { date: '2001-05', what: 'pretrial hearing', sources: [src], outcome: null }
    ];
    return d;
  }

  it('shows the earliest step with no outcome, says the outcome is not known once its date has passed, and the step after', () => {
    const d = scheduled();
    const { container } = render(RosterTable, { rows: rosterRows(d) });
    expect(container.querySelector('tr[data-person="caro-quintero"] .next')!.textContent).toBe(
      `Scheduled: pretrial hearing, May 2001 (outcome not known as of ${formatDate(d.meta.asOf)}); then trial, 8 Mar 2099`
    );
    expect(container.querySelector('tr[data-person="aug-2025-person"] .next')).toBeNull();
  });

  it('an upcoming step carries no note', () => {
    const d = scheduled();
    d.people.find((p) => p.id === 'caro-quintero')!.scheduled!.splice(2, 1);
    const row = rosterRows(d).find((r) => r.id === 'caro-quintero')!;
    expect(row.next).toEqual({ what: 'trial', date: '2099-03-08', note: null, then: null });
  });

  it('shows where the sources disagree', () => {
    const d = scheduled();
    d.people.find((p) => p.id === 'caro-quintero')!.conflicts = [{ field: null, text: 'Two jails are named.', sources: [] }];
    const { container } = render(RosterTable, { rows: rosterRows(d) });
    expect([...container.querySelectorAll('tr[data-person="caro-quintero"] .conflict')].map((e) => e.textContent)).toEqual([
      'Sources disagree: Two jails are named.'
    ]);
  });

  it('is found by what is scheduled', () => {
    expect(find(scheduled(), 'trial')).toEqual(['caro-quintero']);
  });
});

describe('the roster search', () => {
  const d = withFamilyAndFaction();

  it('finds a faction’s men by its cartel’s name', () => {
    expect(find(d, 'Sinaloa')).toEqual(['aug-2025-person', 'chapito-man']);
    expect(find(d, 'chapiza')).toEqual(['chapito-man']);
  });

  it('finds a court by abbreviation, with or without dots, and by city', () => {
    for (const q of ['Brooklyn', 'E.D.N.Y.', 'EDNY', 'edny', 'eastern district new york']) expect(find(d, q), q).toEqual(['caro-quintero']);
  });

  it('finds a person by a named relative', () => {
    expect(find(d, 'Mencho')).toEqual(['mencho-brother']);
    expect(find(d, 'brother')).toEqual(['mencho-brother']);
  });

  it('finds a status in words; "guilty" is not "not guilty"', () => {
    expect(find(d, 'guilty')).toEqual(['mencho-brother']);
    expect(find(d, 'pleaded guilty')).toEqual(['mencho-brother']);
    expect(find(d, 'not guilty')).toEqual(['caro-quintero']);
  });

  it('ignores accents and case, and takes the words in any order', () => {
    expect(find(d, 'NARCO DE NÁRCOS')).toEqual(['caro-quintero']);
    expect(find(d, 'quintero rafael')).toEqual(['caro-quintero']);
    expect(find(d, 'quintero zeta')).toEqual([]);
  });

  it('matches the start of words only', () => {
    expect(find(d, 'uintero')).toEqual([]);
    expect(find(d, 'Quint')).toEqual(['caro-quintero']);
  });
});

describe('words', () => {
  it.each([
    ['E.D.N.Y.', ['edny']],
    ['S.D. Tex.', ['sd', 'tex']],
    ['Marín-Sotelo', ['marin', 'sotelo']],
    ['pleaded not guilty', ['pleaded', 'not', '~guilty']],
    ['a not-guilty plea', ['a', 'not', '~guilty', 'plea']],
    ['  ', []]
  ])('%j → %j', (s, expected) => expect(words(s)).toEqual(expected));

  it('folds accents', () => expect(fold('Ñandú Marín')).toBe('nandu marin'));

  it('keeps each word of a row once', () => {
    const text = searchText(rows[0]!).split(' ');
    expect(text.length).toBeGreaterThan(3);
    expect(new Set(text).size).toBe(text.length);
  });
});

describe('filterOptions', () => {
  it('lists a faction under its cartel, with counts, and the people without an organization', () => {
    const { organizations, statuses } = filterOptions(rosterRows(withFamilyAndFaction()));
    expect(organizations).toEqual([
      { value: 'guadalajara', label: 'Guadalajara cartel', count: 1 },
      { value: 'sinaloa', label: 'Sinaloa Cartel', count: 2 },
      { value: 'chapitos', label: 'Sinaloa Cartel › Los Chapitos', count: 1 },
      { value: 'none', label: 'None reported', count: 2 }
    ]);
    expect(statuses.map((s) => [s.value, s.count])).toEqual([
      ['pleaded-not-guilty', 1],
      ['pleaded-guilty', 1],
      ['unknown', 3]
    ]);
  });
});

describe('Roster filters', () => {
  it('filters by text, ignoring accents and case, and says how many are shown', async () => {
    const { visible } = page();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'NARCO DE NÁRCOS' } });
    flushSync();
    expect(visible()).toEqual(['caro-quintero']);
    expect(screen.getByText(/1 of 3 people shown/)).toBeTruthy();
  });

  it('filters by transfer, and an empty query shows every row again', async () => {
    const { visible } = page();
    await fireEvent.change(screen.getByLabelText('Transfer'), { target: { value: 'aug-2025' } });
    flushSync();
    expect(visible()).toEqual(fixture.people.filter((p) => p.transfer === 'aug-2025').map((p) => p.id));
    await fireEvent.change(screen.getByLabelText('Transfer'), { target: { value: 'all' } });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '   ' } });
    flushSync();
    expect(visible()).toHaveLength(rows.length);
  });

  it('filters by status and by organization, a cartel taking in its factions', async () => {
    const { visible } = page(withFamilyAndFaction());
    await fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'sinaloa' } });
    flushSync();
    expect(visible().sort()).toEqual(['aug-2025-person', 'chapito-man']);
    expect(screen.getByText(/2 of 5 people shown/)).toBeTruthy();
    await fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'all' } });
    await fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'pleaded-guilty' } });
    flushSync();
    expect(visible()).toEqual(['mencho-brother']);
    await fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'none' } });
    flushSync();
    expect(visible()).toEqual(['mencho-brother']);
    await fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'guadalajara' } });
    flushSync();
    expect(visible()).toEqual([]);
    expect(screen.getByText(/0 of 5 people shown/)).toBeTruthy();
  });
});

describe('Roster on the story page, before its rows are in', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The story page as built: the filter with its link to the roster page, which `fetch` serves. */
  function linked(d: Dataset = fixture) {
    const all = rosterRows(d);
    const table = render(RosterTable, { rows: all }).container.innerHTML;
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(String(url));
      return new Response(`<!doctype html><html><body><main><h1>Roster</h1>${table}</main></body></html>`, { status: 200 });
    });
    const { container } = render(Roster, { total: all.length, transfers, ...filterOptions(all) });
    const slot = container.querySelector<HTMLElement>('[data-roster-slot]')!;
    const visible = () => [...slot.querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((tr) => !tr.hidden).map((tr) => tr.dataset.person);
    return { slot, asked, visible };
  }

  it('shows a link to the roster page and fetches nothing until asked', () => {
    const { slot, asked } = linked();
    const link = slot.querySelector<HTMLAnchorElement>('[data-roster-more] a')!;
    expect(slot.querySelector('[data-roster-more]')!.textContent).toContain('Every person, with sources: the full table');
    expect(new URL(link.href).pathname).toMatch(/\/roster\/$/);
    expect(slot.querySelectorAll('tr')).toHaveLength(0);
    expect(asked).toEqual([]);
  });

  it('a search fetches the rows, and applies once every row is in, when the link gives way', async () => {
    const { slot, asked, visible } = linked();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'NARCO DE NÁRCOS' } });
    expect(asked).toHaveLength(1);
    expect(new URL(asked[0]!).pathname).toMatch(/\/roster\/$/);
    await vi.waitFor(() => expect(slot.querySelector('[data-roster-more]')).toBeNull(), { timeout: 3000 });
    flushSync();
    expect(slot.querySelectorAll('tbody tr')).toHaveLength(rows.length);
    expect(visible()).toEqual(['caro-quintero']);
    expect(screen.getByText(/1 of 3 people shown/)).toBeTruthy();
    expect(slot.getAttribute('aria-busy')).toBe('false');
    expect(asked).toHaveLength(1);
  });

  it('keeps the link when the roster page cannot be fetched', async () => {
    const { slot } = linked();
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'caro' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(slot.querySelector('[data-roster-more] a')).not.toBeNull();
    expect(slot.querySelectorAll('tr')).toHaveLength(0);
  });

  /** Enough people for several batches of rows. */
  function many(): Dataset {
    const d = structuredClone(fixture);
    const base = d.people.filter((p) => p.transfer);
    for (let i = 0; i < 5; i++) d.people.push(...base.map((p) => ({ ...p, id: `${p.id}-${i}` })));
    return d;
  }

  it('printing while the rows are coming in puts the rest in at once', async () => {
    const d = many();
    const total = rosterRows(d).length;
    const { slot, visible } = linked(d);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'caro' } });
    await vi.waitFor(() => expect(slot.querySelector('table')).not.toBeNull(), { interval: 2, timeout: 3000 });
    // Caught while the batches are still landing: the link is there and some rows are not.
    expect(slot.querySelector('[data-roster-more]')).not.toBeNull();
    expect(slot.querySelectorAll('tbody tr').length).toBeLessThan(total);
    window.dispatchEvent(new Event('beforeprint'));
    expect(slot.querySelectorAll('tbody tr')).toHaveLength(total);
    expect(slot.querySelector('[data-roster-more]')).toBeNull();
    // The search typed before is what prints: Caro Quintero and his five copies.
    expect(visible()).toHaveLength(6);
    expect(visible().every((id) => id!.startsWith('caro-quintero'))).toBe(true);
  });

  it('printing before anything was fetched prints the link', () => {
    const { slot, asked } = linked();
    window.dispatchEvent(new Event('beforeprint'));
    expect(slot.querySelector('[data-roster-more] a')).not.toBeNull();
    expect(slot.querySelectorAll('tr')).toHaveLength(0);
    expect(asked).toEqual([]);
  });
});
