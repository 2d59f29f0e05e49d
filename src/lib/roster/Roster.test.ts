import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { fold, rosterRows, rowMatches } from '$lib/roster';
import Roster from './Roster.svelte';
import RosterTable from './RosterTable.svelte';

const d = loadDataset(join(process.cwd(), 'tests/fixtures/data/valid'));
const rows = rosterRows(d);
const transfers = d.transfers.map((t) => ({ id: t.id, date: t.date, count: t.count }));

/** The page as built: the filter, with the build-time table poured into its slot. */
function page() {
  const html = render(RosterTable, { rows }).container.innerHTML;
  const { container } = render(Roster, { total: rows.length, transfers });
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
    expect(ids.sort()).toEqual(d.people.filter((p) => p.transfer).map((p) => p.id).sort());
  });

  it('shows an unidentified person as unidentified, never with a name, and flags low confidence', () => {
    const { container } = render(RosterTable, { rows });
    const row = container.querySelector('tr[data-kind="unidentified"]')!;
    expect(row.querySelector('th')!.textContent).toContain('Unidentified');
    expect(row.textContent).toContain('low-confidence identification');
  });

  it('links every source of a person', () => {
    const { container } = render(RosterTable, { rows });
    const links = [...container.querySelectorAll('tr[data-person="caro-quintero"] a')].map((a) => a.getAttribute('href'));
    const caro = d.people.find((p) => p.id === 'caro-quintero')!;
    expect(links).toEqual(caro.sources.map((id) => d.sources.find((s) => s.id === id)!.url));
  });
});

describe('Roster filters', () => {
  it('filters by text, ignoring accents and case', async () => {
    const { visible } = page();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'NARCO DE NÁRCOS' } });
    flushSync();
    expect(visible()).toEqual(['caro-quintero']);
    expect(screen.getByText(/1 of 3 people shown/)).toBeTruthy();
  });

  it('filters by transfer, and an empty query shows every row again', async () => {
    const { visible } = page();
    await fireEvent.change(screen.getByRole('combobox'), { target: { value: 'aug-2025' } });
    flushSync();
    expect(visible()).toEqual(d.people.filter((p) => p.transfer === 'aug-2025').map((p) => p.id));
    await fireEvent.change(screen.getByRole('combobox'), { target: { value: 'all' } });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '   ' } });
    flushSync();
    expect(visible()).toHaveLength(rows.length);
  });
});

describe('rowMatches', () => {
  it.each([
    ['', 'all', true],
    ['caro', 'all', true],
    ['CÁRO', 'feb-2025', true],
    ['caro', 'aug-2025', false],
    ['zeta', 'all', false]
  ])('query %j, transfer %s → %s', (q, t, expected) => {
    expect(rowMatches({ search: fold('Rafael Caro Quintero guadalajara'), transfer: 'feb-2025' }, q, t)).toBe(expected);
  });
});
