import { describe, expect, it } from 'vitest';
import { newsArticle, scriptSafeJson } from './jsonld';

const meta = {
  title: 'Handover',
  dek: 'A dek',
  asOf: '2026-03-20',
  published: '2026-11-29',
  modified: '2026-12-01',
  siteUrl: 'https://handover.example/',
  es: { title: 'La entrega', dek: 'Un sumario' }
};

describe('scriptSafeJson', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['a & b <!-- c --> d'],
    ['line\u2028sep\u2029para'],
    ['plain']
  ])('%j parses back to the same value and has no markup characters', (s) => {
    const out = scriptSafeJson({ s });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ s });
  });
});

describe('newsArticle', () => {
  it('carries the dates from meta and absolute URLs on the canonical origin', () => {
    const a = newsArticle(meta, { image: 'https://handover.example/og.png' });
    expect(a['@type']).toBe('NewsArticle');
    expect(a.datePublished).toBe('2026-11-29');
    expect(a.dateModified).toBe('2026-12-01');
    expect(a.url).toBe('https://handover.example/');
    expect(a.image).toEqual(['https://handover.example/og.png']);
  });
});

describe('newsArticle in Spanish', () => {
  it('names its language and the Spanish story as its page', () => {
    const a = newsArticle(meta, { lang: 'es' });
    expect(a.inLanguage).toBe('es-MX');
    expect(a.url).toBe('https://handover.example/es/');
    expect(a.mainEntityOfPage['@id']).toBe('https://handover.example/es/');
    expect(newsArticle(meta).inLanguage).toBe('en');
  });
});
