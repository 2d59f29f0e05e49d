import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { rosterRows } from '$lib/roster';
import Roster from './Roster.svelte';

const d = loadDataset(join(process.cwd(), 'tests/fixtures/data/valid'));
const rows = rosterRows(d);
const transfers = d.transfers.map((t) => ({ id: t.id, date: t.date, count: t.count }));

describe('Roster', () => {
  it('lists every transferred person and no context figure', () => {
    const { container } = render(Roster, { rows, transfers });
    const ids = [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-person'));
    expect(ids.sort()).toEqual(d.people.filter((p) => p.transfer).map((p) => p.id).sort());
  });

  it('shows an unidentified person as unidentified, never with a name, and flags low confidence', () => {
    const { container } = render(Roster, { rows, transfers });
    const row = container.querySelector('tr[data-kind="unidentified"]')!;
    expect(row.querySelector('th')!.textContent).toContain('Unidentified');
    expect(row.textContent).toContain('low-confidence identification');
  });

  it('filters by text, ignoring accents and case', async () => {
    const { container } = render(Roster, { rows, transfers });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'NARCO DE NÁRCOS' } });
    flushSync();
    const shown = [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-person'));
    expect(shown).toEqual(['caro-quintero']);
    expect(screen.getByText(/1 of 3 people shown/)).toBeTruthy();
  });

  it('filters by transfer', async () => {
    const { container } = render(Roster, { rows, transfers });
    await fireEvent.change(screen.getByRole('combobox'), { target: { value: 'aug-2025' } });
    flushSync();
    const shown = [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-person'));
    expect(shown).toEqual(d.people.filter((p) => p.transfer === 'aug-2025').map((p) => p.id));
  });

  it('links every source of a person', () => {
    const { container } = render(Roster, { rows, transfers });
    const links = [...container.querySelectorAll('tr[data-person="caro-quintero"] a')].map((a) => a.getAttribute('href'));
    const caro = d.people.find((p) => p.id === 'caro-quintero')!;
    expect(links).toEqual(caro.sources.map((id) => d.sources.find((s) => s.id === id)!.url));
  });
});
