// Absolute URLs on the canonical origin (meta.siteUrl), for share cards, canonical links, JSON-LD and the sitemap.
// Each takes the edition last: English at /, Spanish at /es/.
import { prefix, type Lang } from '$lib/i18n/lang';

/** meta.siteUrl without a trailing slash, so paths can be appended with one. */
export function origin(siteUrl: string): string {
  return siteUrl.replace(/\/+$/, '');
}

/** The story, optionally at a section or step: https://…/#id */
export function storyUrl(siteUrl: string, id?: string, lang: Lang = 'en'): string {
  return `${origin(siteUrl)}${prefix(lang)}/${id ? `#${encodeURIComponent(id)}` : ''}`;
}

/** The share page of a section: https://…/s/<id>/ */
export function sharePageUrl(siteUrl: string, section: string, lang: Lang = 'en'): string {
  return `${origin(siteUrl)}${prefix(lang)}/s/${encodeURIComponent(section)}/`;
}

/** The card image of a section, or of the edition's whole story when no section is named. */
export function cardUrl(siteUrl: string, section?: string, lang: Lang = 'en'): string {
  return section ? `${origin(siteUrl)}${prefix(lang)}/s/${encodeURIComponent(section)}/og.png` : `${origin(siteUrl)}${prefix(lang)}/og.png`;
}

/** An embed URL on the canonical origin: https://…/embed/map/#step */
export function embedUrl(siteUrl: string, visual: string | null, step?: string, lang: Lang = 'en'): string {
  return `${origin(siteUrl)}${prefix(lang)}/embed/${visual ? `${visual}/` : ''}${step ? `#${encodeURIComponent(step)}` : ''}`;
}
