// JSON-LD for search engines, serialised so that it can sit inside <script> as plain text: no character that
// HTML would read as markup (<, >, &) and no line separators that old JS parsers choke on.
import type { Meta } from '$lib/data/schema';
import { storyUrl } from './url';
import type { Lang } from '$lib/i18n/lang';

export function newsArticle(
  meta: Meta,
  opts: { url?: string; image?: string; description?: string; headline?: string; lang?: Lang } = {}
) {
  const lang = opts.lang ?? 'en';
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: opts.headline ?? meta.title,
    description: opts.description ?? meta.dek,
    url: opts.url ?? storyUrl(meta.siteUrl, undefined, lang),
    mainEntityOfPage: { '@type': 'WebPage', '@id': storyUrl(meta.siteUrl, undefined, lang) },
    datePublished: meta.published,
    dateModified: meta.modified,
    ...(opts.image ? { image: [opts.image] } : {}),
    inLanguage: lang === 'es' ? 'es-MX' : 'en'
  };
}

/** JSON with <, >, &, U+2028 and U+2029 escaped as \uXXXX: still the same JSON value, safe as <script> text. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
