// The roster on /es/: the table, the search and the controls in Spanish, from the fixture's records in Spanish.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { localize } from '$lib/data/localize';
import type { Dataset } from '$lib/data/schema';
import { formatDateEs } from '$lib/format';
import { NO_FILTER, filterOptions, rosterRows, rowKeys, rowMatches, words } from '$lib/roster';
import RosterInLang from '../../../tests/unit/RosterInLang.svelte';
import RosterTable from './RosterTable.svelte';
import { withFamilyAndFaction } from './test-cases';

/**
 * The roster's shared cases, plus a sentenced man and a scheduled step whose date has passed, each with its
 * Spanish text as validation demands.
 */
function spanishCases(): Dataset {
  const d = withFamilyAndFaction();
  const base = d.people.find((p) => p.id === 'aug-2025-person')!;
  d.people.push({
    ...base,
    id: 'sentenced-man',
    name: 'Ramón Fixture',
    organization: null,
    status: { value: 'sentenced', date: '2026-02-17', detail: 'Sentenced in Texas.', sentence: '10 years' },
    es: { status: { detail: 'Sentenciado en Texas.', sentence: '10 años' } }
  });
  const caro = d.people.find((p) => p.id === 'caro-quintero')!;
  const src = caro.sources[0]!;
  caro.scheduled = [
    { date: '2099-03-08', what: 'trial', sources: [src], outcome: null },
    { date: '2001-05', what: 'pretrial hearing', sources: [src], outcome: null }
  ];
  caro.es = { ...caro.es, scheduled: [{ what: 'juicio' }, { what: 'audiencia previa al juicio' }] };
  return d;
}

const d = spanishCases();
const rows = rosterRows(localize(d, 'es'), 'es');
const find = (query: string) =>
  rows
    .filter((r) => rowMatches(rowKeys(r, 'es'), { ...NO_FILTER, query }, 'es'))
    .map((r) => r.id)
    .sort();
const table = () => render(RosterTable, { rows, lang: 'es' }).container;

describe('the roster table in Spanish', () => {
  it('names its columns, labels and caption in Spanish', () => {
    const c = table();
    expect([...c.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Persona',
      'Envío',
      'Organización (según la acusación)',
      'Tribunal de EU',
      'Situación legal',
      'Fuentes'
    ]);
    expect([...c.querySelectorAll('tr[data-person="caro-quintero"] td')].map((td) => td.getAttribute('data-label'))).toEqual([
      'Envío',
      'Organización',
      'Tribunal de EU',
      'Situación legal',
      'Fuentes'
    ]);
    expect(c.querySelector('caption')!.textContent).toMatch(/^Las personas que México envió/);
  });

  it('keeps an unknown person unknown, in Spanish, and flags low confidence', () => {
    const c = table();
    const row = c.querySelector('tr[data-kind="unidentified"]')!;
    expect(row.querySelector('th span')!.textContent).toBe('Sin identificar');
    expect(row.textContent).toContain('identificación con baja certeza');
    expect(row.textContent).toContain('(es) Listed by first name only.');
    expect(row.querySelector('td[data-label="Tribunal de EU"]')!.textContent).toBe('No reportado');
    expect(row.querySelector('td[data-label="Organización"]')!.textContent).toBe('No reportado');
  });

  it('writes the record text, dates, status, the family line and the permalink in Spanish', () => {
    const c = table();
    const caro = c.querySelector('tr[data-person="caro-quintero"]')!;
    expect(caro.querySelector('td[data-label="Envío"]')!.textContent).toBe('27 de febrero de 2025');
    expect(caro.querySelector('td[data-label="Organización"]')!.textContent).toBe('Guadalajara cartel (es)');
    expect(caro.querySelector('td[data-label="Situación legal"]')!.textContent).toContain('Se declaró no culpable, 28 de febrero de 2025');
    expect(caro.querySelector('a.permalink')!.textContent).toBe('Enlace a esta fila: Rafael Caro Quintero');
    expect(caro.querySelector('.next')!.textContent).toBe(
      `Fecha fijada: audiencia previa al juicio, mayo de 2001 (se desconoce el resultado al ${formatDateEs(d.meta.asOf)}); después, juicio, 8 de marzo de 2099`
    );
    expect(c.querySelector('tr[data-person="mencho-brother"] .family')!.textContent).toBe(
      'Familia: hermano o hermana de Nemesio Oseguera Cervantes “El Mencho”'
    );
    expect(c.querySelector('tr[data-person="chapito-man"] td[data-label="Organización"]')!.textContent).toBe(
      'Los Chapitos (Sinaloa Cartel (es))'
    );
    expect(c.querySelector('tr[data-person="sentenced-man"] td[data-label="Situación legal"]')!.textContent).toContain(
      'Con sentencia, 17 de febrero de 2026 Sentenciado en Texas. Sentencia: 10 años'
    );
  });

  it('says where the sources disagree, in Spanish', () => {
    const e = structuredClone(d);
    const caro = e.people.find((p) => p.id === 'caro-quintero')!;
    caro.conflicts = [{ field: null, text: 'Two jails are named.', sources: [] }];
    caro.es = { ...caro.es, conflicts: ['Se mencionan dos penales.'] };
    const c = render(RosterTable, { rows: rosterRows(localize(e, 'es'), 'es'), lang: 'es' }).container;
    expect([...c.querySelectorAll('tr[data-person="caro-quintero"] .conflict')].map((x) => x.textContent)).toEqual([
      'Las fuentes no coinciden: Se mencionan dos penales.'
    ]);
  });
});

describe('the roster search in Spanish', () => {
  it('"culpable" finds who pleaded guilty, never who pleaded not guilty; "no culpable" does', () => {
    expect(find('culpable')).toEqual(['mencho-brother']);
    expect(find('se declaró culpable')).toEqual(['mencho-brother']);
    expect(find('no culpable')).toEqual(['caro-quintero']);
    expect(words('se declaró no culpable', 'es')).toEqual(['se', 'declaro', 'no', '~culpable']);
  });

  it('"sentenciado" and "condenado" find the sentenced, "no identificado" and "sin identificar" the unidentified', () => {
    expect(find('sentenciado')).toEqual(['sentenced-man']);
    expect(find('condenado')).toEqual(['sentenced-man']);
    expect(find('no identificado')).toEqual(['feb-2025-unidentified-carlos']);
    expect(find('sin identificar')).toEqual(['feb-2025-unidentified-carlos']);
  });

  it('finds a faction’s men by its cartel’s Spanish name, and a brother by "hermano"', () => {
    expect(find('Sinaloa Cartel (es)')).toEqual(['aug-2025-person', 'chapito-man']);
    expect(find('hermano Mencho')).toEqual(['mencho-brother']);
    expect(find('juicio')).toEqual(['caro-quintero']);
  });

  it('keeps the English words on the English rows only', () => {
    const en = rosterRows(d);
    const findEn = (q: string) => en.filter((r) => rowMatches(rowKeys(r), { ...NO_FILTER, query: q })).map((r) => r.id);
    expect(findEn('guilty')).toEqual(['mencho-brother']);
    expect(findEn('culpable')).toEqual([]);
    // The fixture's Spanish is English marked "(es)", so the status words are what tell the editions apart.
    expect(findEn('sentence')).toEqual(['sentenced-man']);
    expect(find('sentence')).toEqual([]);
  });
});

describe('the roster controls in Spanish', () => {
  const transfers = d.transfers.map((t) => ({ id: t.id, date: t.date, count: t.count }));

  function page() {
    const html = table().innerHTML;
    const { container } = render(RosterInLang, { lang: 'es', total: rows.length, transfers, ...filterOptions(rows, 'es') });
    container.querySelector('[data-roster-slot]')!.innerHTML = html;
    const visible = () =>
      [...container.querySelectorAll<HTMLTableRowElement>('[data-roster-slot] tbody tr')].filter((tr) => !tr.hidden).map((tr) => tr.dataset.person);
    return { container, visible };
  }

  it('labels the filters and their options in Spanish', () => {
    const { statuses, organizations } = filterOptions(rows, 'es');
    expect(statuses.map((s) => s.label)).toEqual([
      'Se declaró no culpable',
      'Se declaró culpable',
      'Con sentencia',
      'Situación desconocida'
    ]);
    expect(organizations.at(-1)).toEqual({ value: 'none', label: 'Ninguna reportada', count: 3 });
    page();
    expect(screen.getByRole('searchbox').closest('label')!.textContent).toMatch(/^\s*Busque por nombre/);
    expect(screen.getByLabelText('Situación legal').querySelector('option')!.textContent).toBe('Cualquier situación');
    expect(screen.getByLabelText('Organización').querySelector('option')!.textContent).toBe('Cualquier organización');
    const transfer = screen.getByLabelText('Envío');
    expect([...transfer.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Los tres',
      ...d.transfers.map((t) => `${formatDateEs(t.date)} (${t.count})`)
    ]);
  });

  it('filters by a Spanish status word, says how many in Spanish, and clears from the empty state', async () => {
    const { visible, container } = page();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Culpable' } });
    flushSync();
    expect(visible()).toEqual(['mencho-brother']);
    expect(screen.getByText(`Se muestran 1 de ${rows.length} personas`)).toBeTruthy();
    expect(container.querySelector('[data-roster-empty]')).toBeNull();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nadie con este nombre' } });
    flushSync();
    expect(visible()).toEqual([]);
    expect(container.querySelector('[data-roster-empty]')!.textContent).toContain('Nadie en la lista coincide.');
    await fireEvent.click(screen.getByRole('button', { name: 'Borrar la búsqueda y los filtros' }));
    flushSync();
    expect(visible()).toHaveLength(rows.length);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});
