// Where the site is deployed, read once from the build's environment: BASE_PATH (the path it is served from)
// and SITE_URL (the canonical origin). Plain JS, because svelte.config.js reads it too.

/**
 * BASE_PATH without a trailing slash: '' for the root, else '/graphics/2026/handover'.
 * @param {string | undefined} value
 */
export function basePath(value) {
  const base = (value ?? '').trim().replace(/\/+$/, '');
  if (base && !/^(\/[\w\-.~%]+)+$/.test(base))
    throw new Error(`BASE_PATH must be a path like /graphics/2026/handover, got "${value}"`);
  return base;
}

/**
 * The canonical address of the site's root, without a trailing slash: SITE_URL (or meta.siteUrl when it is
 * unset) followed by the base path. Every absolute URL the build writes starts with it.
 * @param {string | undefined} siteUrl
 * @param {string} fallback meta.siteUrl
 * @param {string} base
 */
export function siteRoot(siteUrl, fallback, base) {
  const raw = (siteUrl ?? '').trim() || fallback;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL like https://news.example, got "${raw}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`SITE_URL must be an http(s) origin, got "${raw}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${base}`;
}
