// /robots.txt: everything may be crawled (embeds say noindex themselves); points to the sitemap.
import { dataset } from '$lib/server/dataset';
import { origin } from '$lib/seo/url';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${origin(dataset.meta.siteUrl)}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' }
  });
