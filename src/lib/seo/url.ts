// Absolute URLs on the canonical origin (meta.siteUrl), for share cards, canonical links, JSON-LD and the sitemap.

/** meta.siteUrl without a trailing slash, so paths can be appended with one. */
export function origin(siteUrl: string): string {
  return siteUrl.replace(/\/+$/, '');
}

/** The story, optionally at a section or step: https://…/#id */
export function storyUrl(siteUrl: string, id?: string): string {
  return `${origin(siteUrl)}/${id ? `#${encodeURIComponent(id)}` : ''}`;
}

/** The share page of a section: https://…/s/<id>/ */
export function sharePageUrl(siteUrl: string, section: string): string {
  return `${origin(siteUrl)}/s/${encodeURIComponent(section)}/`;
}

/** The card image of a section, or of the whole story when no section is named. */
export function cardUrl(siteUrl: string, section?: string): string {
  return section ? `${origin(siteUrl)}/s/${encodeURIComponent(section)}/og.png` : `${origin(siteUrl)}/og.png`;
}

/** An embed URL on the canonical origin: https://…/embed/map/#step */
export function embedUrl(siteUrl: string, visual: string | null, step?: string): string {
  return `${origin(siteUrl)}/embed/${visual ? `${visual}/` : ''}${step ? `#${encodeURIComponent(step)}` : ''}`;
}
