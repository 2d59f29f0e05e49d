// The two editions: English at /, Spanish at /es/. Pure: the routes, the head tags and the sitemap share it.

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The route's optional [[lang=lang]] segment: absent is English. */
export function langOf(params: { lang?: string }): Lang {
  return params.lang === 'es' ? 'es' : 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'es' ? 'en' : 'es';
}

/** BCP 47 tags for Intl and for hreflang; og:locale spells them with an underscore. */
export const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_MX' };

/** The path prefix of an edition: "" or "/es". */
export function prefix(lang: Lang): string {
  return lang === 'es' ? '/es' : '';
}

/** A path of the English edition ("/s/x/") as it is in this edition ("/es/s/x/"). */
export function inLang(lang: Lang, path: string): string {
  return `${prefix(lang)}${path}`;
}

/** Words for a value in each language: a missing language is a type error, so it fails the build. */
export type Words<T = string> = Record<Lang, T>;
