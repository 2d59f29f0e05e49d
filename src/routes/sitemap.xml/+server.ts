// /sitemap.xml: the story (share pages are not listed: they declare the story as canonical).
import { dataset } from '$lib/server/dataset';
import { escapeXml } from '$lib/share/card';
import { storyUrl } from '$lib/seo/url';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () => {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `  <url><loc>${escapeXml(storyUrl(dataset.meta.siteUrl))}</loc><lastmod>${dataset.meta.modified}</lastmod></url>\n` +
    '</urlset>\n';
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
