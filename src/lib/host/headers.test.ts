import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../scripts/serve.mjs';
import { basePath, siteRoot } from './deploy.js';
import { RULES, headersFile, nginxSnippet } from './headers';

// Paths of every kind the build writes.
const PATHS = [
  '/', '/index.html', '/__data.json', '/s/territories/', '/s/territories/og.png', '/s/territories/__data.json',
  '/embed/', '/embed/map/', '/embed/map/__data.json', '/embed-codes/', '/data/people.csv', '/data/people.json',
  '/embed.js', '/og.png', '/favicon.svg', '/nojs.css', '/sitemap.xml', '/robots.txt', '/_app/version.json',
  '/_app/immutable/entry/start.abc.js', '/_app/immutable/assets/0.abc.css',
  '/es/', '/es/index.html', '/es/__data.json', '/es/s/territories/', '/es/s/territories/og.png', '/es/embed/',
  '/es/embed/map/', '/es/embed-codes/', '/es/og.png',
  '/roster/', '/roster/index.html', '/es/roster/', '/es/roster/index.html'
];

describe('the _headers file', () => {
  it('reads back as the rules it was written from, under the base path', () => {
    const rules = parseHeaders(headersFile('/graphics/2026/handover'));
    expect(rules).toEqual(RULES.map((r) => ({ path: `/graphics/2026/handover${r.path}`, headers: r.headers })));
  });

  it.each(PATHS)('%s gets one Cache-Control, the common headers, and no header from two rules', (path) => {
    const rules = parseHeaders(headersFile('/b'));
    const h = headersFor(rules, `/b${path}`);
    // A value joined from two rules would contain ", " after a complete value of the same header.
    expect(h['cache-control']).toMatch(/^(public, max-age=\d+(, immutable)?|no-cache)$/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['strict-transport-security']).toBe('max-age=31536000');
    const count = (name: string) =>
      rules.filter((r) => (r.path.endsWith('*') ? `/b${path}`.startsWith(r.path.slice(0, -1)) : `/b${path}` === r.path) && r.headers.some(([n]) => n.toLowerCase() === name)).length;
    for (const name of new Set(RULES.flatMap((r) => r.headers.map(([n]) => n.toLowerCase())))) expect(count(name), name).toBeLessThanOrEqual(1);
    expect(headersFor(rules, path)).toEqual({});
  });

  it('lets any site frame the embeds, and nobody frame the story, share pages or embed codes', () => {
    const rules = parseHeaders(headersFile(''));
    for (const p of ['/embed/', '/embed/map/', '/embed/network/', '/es/embed/', '/es/embed/timeline/'])
      expect(headersFor(rules, p)['content-security-policy']).toMatch(/^frame-ancestors \*;/);
    for (const p of ['/', '/index.html', '/s/territories/', '/embed-codes/', '/roster/', '/es/', '/es/index.html', '/es/s/territories/', '/es/embed-codes/', '/es/roster/']) {
      expect(headersFor(rules, p)['content-security-policy']).toMatch(/^frame-ancestors 'none';/);
      expect(headersFor(rules, p)['x-frame-options']).toBe('DENY');
    }
    expect(headersFor(rules, '/_app/immutable/chunks/x.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/data/people.csv')['cache-control']).toBe('public, max-age=300');
    expect(headersFor(rules, '/es/data/people.csv')['cache-control']).toBe('public, max-age=300');
  });
});

describe('the README', () => {
  it('gives the same rules for nginx', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(nginxSnippet(''));
  });
});

describe('the deploy variables', () => {
  it('BASE_PATH is a path without its trailing slash; anything else fails the build', () => {
    expect(basePath(undefined)).toBe('');
    expect(basePath('')).toBe('');
    expect(basePath('/graphics/2026/handover/')).toBe('/graphics/2026/handover');
    expect(() => basePath('graphics')).toThrow(/BASE_PATH/);
    expect(() => basePath('/a b')).toThrow(/BASE_PATH/);
    expect(() => basePath('https://x.example/a')).toThrow(/BASE_PATH/);
  });

  it('SITE_URL overrides meta.siteUrl; the base path follows it', () => {
    expect(siteRoot(undefined, 'https://handover.example', '')).toBe('https://handover.example');
    expect(siteRoot('https://news.example/', 'https://handover.example', '/graphics/2026/handover')).toBe('https://news.example/graphics/2026/handover');
    expect(() => siteRoot('news.example', 'https://handover.example', '')).toThrow(/SITE_URL/);
    expect(() => siteRoot('ftp://news.example', 'https://handover.example', '')).toThrow(/SITE_URL/);
  });
});
