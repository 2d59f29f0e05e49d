// Every prerendered page of the Spanish edition, read as a reader and a screen reader meet it: no English
// interface string in its text, its title or its aria-label, title, alt and placeholder attributes. Names (people,
// aliases, organizations) and what sources published (publishers, titles) stay as published, so they are taken out
// before the page is read for English.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/lib/data/localize';
import { dataset } from './data';

// Words that mark English: none is a Spanish word, and the names that carry them are taken out first.
// Not "rival": it is Spanish too ("rival de").
const ENGLISH =
  /\b(the|and|of|were|was|with|which|their|people|person|transferred|accused|alleged|sources?|step|steps|share|show|hide|read|copy|previous|next|table|events?|shown|map|timeline|network|family|organization|sibling|leader|member|relative|parent|ally|scheduled|pleaded|guilty|charged|sentenced|pending|known|status|search|filter|embed|whole|story|chart|scenes?|ties|preview|skip|download)\b/i;
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

const site = dataset.meta.siteUrl.replace(/\/+$/, '');
const es = localize(dataset, 'es');
// Longest first, so "Cártel de los Beltrán Leyva" goes before "Beltrán Leyva".
const NAMES = [
  ...dataset.sources.flatMap((s) => [s.publisher, s.title ?? '', s.via?.publisher ?? '']),
  ...es.people.flatMap((p) => [p.name ?? '', ...p.nameVariants, ...p.aliases]),
  ...es.organizations.flatMap((o) => [o.name, o.shortName, ...o.aliases]),
  // A publication named in running text (its source records name it with the outlet that republished it).
  'The Center Square',
  // The link to the English edition is written in English on purpose.
  'Read in English'
]
  .filter((n) => n.trim().length > 1)
  .sort((a, b) => b.length - a.length);

// Whole words only: an organization called "Time" must not take the start off "Timeline".
const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const withoutNames = (text: string) => text.replace(NAME, ' ');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : f.endsWith('.html') ? [p] : [];
  });
}

/** Where on the page an English string sits: the nearest landmark a reader (or the engineer who owns it) knows. */
function where(el: Element): string {
  const owner = el.closest('[data-viz], figure, section[id], table, nav, footer, header, main, details');
  const name = owner ? `${owner.tagName.toLowerCase()}${owner.id ? `#${owner.id}` : ''}${owner.getAttribute('data-viz') ? `[data-viz=${owner.getAttribute('data-viz')}]` : ''}` : 'body';
  return `${name} > ${el.tagName.toLowerCase()}`;
}

/** The English strings of one page, each as "where: the match in “text”". */
export function englishOn(html: string): string[] {
  const { document, NodeFilter } = new JSDOM(html).window;
  for (const el of document.querySelectorAll('script, style, noscript[data-ignore], textarea, code')) el.remove();
  // A source's own words: links out of the site, and their citations, are as the source published them.
  for (const a of document.querySelectorAll('a[href^="http"]')) if (!a.getAttribute('href')!.startsWith(site)) a.remove();
  const found = new Set<string>();
  const check = (el: Element, text: string, label: string) => {
    // File names and paths (/embed.js, /es/embed/map/) are not words.
    const t = withoutNames(text.replace(/\s+/g, ' ').trim()).replace(/\S*\/\S*/g, ' ');
    const m = ENGLISH.exec(t);
    if (m) found.add(`${where(el)}${label}: ${m[0]} in “${t.slice(0, 160)}”`);
  };
  check(document.documentElement, document.title, ' <title>');
  for (const meta of document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')) {
    const v = meta.getAttribute('content') ?? '';
    if (!/^(https?:|[a-z]{2}_[A-Z]{2}$|article$|image\/|summary|\d)/.test(v)) check(meta, v, ` ${meta.getAttribute('property') ?? meta.getAttribute('name')}`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) check(n.parentElement!, n.textContent!, '');
  for (const el of document.body.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(',')))
    for (const a of ATTRIBUTES) if (el.hasAttribute(a)) check(el, el.getAttribute(a)!, ` @${a}`);
  return [...found];
}

const files = pages('build/es').map((p) => p.slice('build/'.length));

describe('the Spanish edition’s pages', () => {
  it('are all read: the story, its embeds, the embed codes and a share page per section', () => {
    expect(files).toContain('es/index.html');
    expect(files).toContain('es/embed-codes/index.html');
    expect(files.filter((f) => f.startsWith('es/embed/'))).toHaveLength(4);
    expect(files.filter((f) => f.startsWith('es/s/'))).toHaveLength(8);
  });

  it('finds English where there is some: the English story fails the same reading', () => {
    const english = englishOn(readFileSync('build/index.html', 'utf8'));
    expect(english.length).toBeGreaterThan(50);
    expect(englishOn('<html><head><title>Título</title></head><body><button aria-label="Next step">›</button></body></html>')).toEqual([
      'body > button @aria-label: Next in “Next step”'
    ]);
    expect(englishOn('<html><head><title>Título</title></head><body><p>Fuente: <a href="https://example.org/x">The Guardian</a></p></body></html>')).toEqual([]);
  });

  it.each(files)('%s has no English interface string', (file) => {
    expect(englishOn(readFileSync(`build/${file}`, 'utf8'))).toEqual([]);
  });
});
