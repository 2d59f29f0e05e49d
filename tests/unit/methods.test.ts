// The methods section states the data's numbers as the data has them: where sources disagree it gives both counts.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import methods from '../../src/lib/story/sections/methods';
import { count } from '../../src/lib/format';
import type { Inline } from '../../src/lib/story/types';

const d = loadDataset();
const section = methods(d, 'en');
const plain = (i: Inline) => (typeof i === 'string' ? i : 'text' in i ? i.text : 'em' in i ? i.em : i.strong);
const text = section.intro.map((p) => p.map(plain).join('')).join('\n');
const links = section.intro.flat().flatMap((i: Inline) => (typeof i === 'object' && 'href' in i ? [i.href] : []));

describe('methods section', () => {
  it('gives both counts of sealed names, each with its source, since the sources disagree', () => {
    const claims = d.transfers.flatMap((t) => t.sealedNames ?? []);
    expect(new Set(claims.map((c) => c.count)).size).toBeGreaterThan(1);
    const publisher = (id: string) => d.sources.find((s) => s.id === id)!.publisher;
    expect(text).toContain('the sources disagree on how many names US courts kept sealed: ');
    for (const c of claims) expect(text).toContain(`${count(c.count)} by the count of ${publisher(c.sources[0]!)}`);
    expect(text).not.toMatch(/\w+ names were kept sealed/);
  });

  it('gives one count of sealed names where the sources agree', () => {
    const agreed = { ...d, transfers: d.transfers.map((t) => ({ ...t, sealedNames: (t.sealedNames ?? []).slice(0, 1) })) };
    const one = methods(agreed, 'en').intro.map((p) => p.map(plain).join('')).join('\n');
    const sealed = d.people.filter((p) => p.transfer !== null && p.kind === 'sealed').length;
    expect(one).toContain(`${count(sealed)} names were kept sealed by US courts`);
  });

  it('counts the logged corrections and links the published log', () => {
    expect(d.corrections.length).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`Corrections: ${d.corrections.length.toLocaleString('en-US')} changes to the data are logged`));
    expect(links).toContain('/data/corrections.json');
  });

  it('says how many sources give no publication date, without inventing one', () => {
    const undated = d.sources.filter((s) => s.date === null).length;
    expect(text).toContain(`${undated} of the sources give no publication date`);
    expect(text).not.toContain('the year of the newest fact');
  });
});
