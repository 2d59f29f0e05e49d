// The validated dataset, loaded once per build. HANDOVER_DATA points it at another folder (tests, fixtures).
// meta.siteUrl becomes the deployed site's root (SITE_URL and BASE_PATH, see src/lib/host/deploy.js), so every
// absolute URL the build writes (canonical, cards, sitemap, embed codes) points where the site is served.
import { join } from 'node:path';
import { loadDataset } from '$lib/data/load';
import { basePath, siteRoot } from '$lib/host/deploy.js';

const loaded = loadDataset(process.env.HANDOVER_DATA ?? join(process.cwd(), 'data'));

export const dataset = {
  ...loaded,
  meta: { ...loaded.meta, siteUrl: siteRoot(process.env.SITE_URL, loaded.meta.siteUrl, basePath(process.env.BASE_PATH)) }
};
