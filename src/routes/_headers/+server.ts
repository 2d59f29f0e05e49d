// /_headers: the host's response headers, with the base path the site is built for (src/lib/host/headers.ts).
import { basePath } from '$lib/host/deploy.js';
import { headersFile } from '$lib/host/headers';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () =>
  new Response(headersFile(basePath(process.env.BASE_PATH)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
