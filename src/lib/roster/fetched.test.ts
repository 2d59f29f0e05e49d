import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { rosterRows } from '$lib/roster';
import RosterTable from './RosterTable.svelte';
import { tableParts } from './fetched';
import { withFamilyAndFaction } from './test-cases';

const rows = rosterRows(withFamilyAndFaction());
const table = render(RosterTable, { rows }).container.innerHTML;
const page = `<!doctype html><html><head><title>t</title></head><body><main><p>Back</p><div class="table-wrap">${table}</div></main></body></html>`;

describe('tableParts', () => {
  it('cuts a roster page into the table shell and one string per row, which put back together make the same table', () => {
    const { shell, rows: parts } = tableParts(page);
    expect(parts).toHaveLength(rows.length);
    expect(shell).toContain('<thead>');
    expect(shell).not.toContain('data-person');
    const el = document.createElement('div');
    el.innerHTML = shell;
    el.querySelector('tbody')!.insertAdjacentHTML('beforeend', parts.join(''));
    const ids = [...el.querySelectorAll('tbody tr')].map((tr) => tr.id);
    expect(ids).toEqual(rows.map((r) => `person-${r.id}`));
    // Every source link and filter key made the trip.
    const ref = document.createElement('div');
    ref.innerHTML = table;
    expect(el.querySelector('tbody')!.innerHTML).toBe(ref.querySelector('tbody')!.innerHTML);
  });

  it('each part is exactly one row', () => {
    for (const p of tableParts(page).rows) {
      const t = document.createElement('tbody');
      t.innerHTML = p;
      expect(t.children.length).toBe(1);
      expect(t.children[0]!.tagName).toBe('TR');
    }
  });

  it('fails on a page without the table or without rows, so the story keeps its link', () => {
    expect(() => tableParts('<html><body><p>Not found</p></body></html>')).toThrow(/no table/);
    expect(() => tableParts('<table class="roster-table"><thead></thead><tbody></tbody></table>')).toThrow(/no rows/);
  });
});
