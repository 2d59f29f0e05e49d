// The story page's head tags (Seo.svelte's props), from the page's own data. The server writes them into the
// page (hooks.server.ts) instead of the page's component: they never change in the browser, whose first load
// then carries neither them nor the JSON-LD builder.
import type { Meta } from '$lib/data/schema';
import type { Lang } from '$lib/i18n/lang';
import { cardUrl, storyUrl } from './url';

export function storyHead(data: { meta: Meta; lang: Lang }) {
  const { meta, lang } = data;
  return {
    meta,
    title: meta.title,
    description: meta.dek,
    canonical: storyUrl(meta.siteUrl, undefined, lang),
    image: cardUrl(meta.siteUrl, undefined, lang),
    lang,
    alternates: { en: storyUrl(meta.siteUrl), es: storyUrl(meta.siteUrl, undefined, 'es') },
    imageAlt: `${meta.title}: ${meta.dek}`
  };
}
