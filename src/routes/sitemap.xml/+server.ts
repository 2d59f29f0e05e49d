// /sitemap.xml: the story in both editions, each naming the other (share pages are not listed: they declare
// the story as canonical).
import { dataset } from '$lib/server/dataset';
import { escapeXml } from '$lib/share/card';
import { storyUrl } from '$lib/seo/url';
import { LANGS } from '$lib/i18n/lang';

const alternates =
  LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(storyUrl(dataset.meta.siteUrl, undefined, l))}"/>`).join('') +
  `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(storyUrl(dataset.meta.siteUrl))}"/>`;

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () => {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    LANGS.map((lang) => `  <url><loc>${escapeXml(storyUrl(dataset.meta.siteUrl, undefined, lang))}</loc><lastmod>${dataset.meta.modified}</lastmod>${alternates}</url>\n`).join('') +
    '</urlset>\n';
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
