// The embed codes shown on /embed-codes/: an iframe sized by /embed.js, or pym.js's own loader.
import { escapeXml } from '$lib/share/card';
import { embedUrl, origin } from '$lib/seo/url';
import type { Lang } from '$lib/i18n/lang';

export interface CodeInput {
  siteUrl: string;
  visual: string | null;
  step?: string;
  title: string;
  /** The edition the embed shows: /es/embed/… for Spanish. */
  lang?: Lang;
}

export function iframeCode({ siteUrl, visual, step, title, lang = 'en' }: CodeInput): string {
  const src = embedUrl(siteUrl, visual, step, lang);
  return (
    `<iframe data-handover-embed src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="600" ` +
    `scrolling="no" loading="lazy" style="border:0;width:100%"></iframe>\n` +
    `<script async src="${escapeXml(origin(siteUrl))}/embed.js"></script>`
  );
}

export function pymCode({ siteUrl, visual, step, title, lang = 'en' }: CodeInput): string {
  const src = embedUrl(siteUrl, visual, step, lang);
  return (
    `<div data-pym-src="${escapeXml(src)}" data-pym-title="${escapeXml(title)}"></div>\n` +
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`
  );
}

/** Hosts that already run Datawrapper's resize listener find the frame by this id. */
export function datawrapperFrameId(visual: string | null): string {
  return `datawrapper-chart-handover-${visual ?? 'story'}`;
}
