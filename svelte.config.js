import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePath } from './src/lib/host/deploy.js';

// Deploy anywhere: BASE_PATH is the path the site is served from; SITE_URL (read in src/lib/server/dataset.ts)
// its origin. Without them the site is built for / on meta.siteUrl.
const base = basePath(process.env.BASE_PATH);

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // strict: a route that cannot be prerendered fails the build instead of shipping a hole.
    // HANDOVER_OUT builds elsewhere (the base-path test), so the normal build/ stays as it is.
    adapter: adapter({
      pages: process.env.HANDOVER_OUT ?? 'build',
      assets: process.env.HANDOVER_OUT ?? 'build',
      fallback: undefined,
      // .br and .gz files beside every text file, so a host that serves them (nginx's gzip_static and
      // brotli_static, scripts/serve.mjs) sends the smallest form without compressing per request.
      precompress: true,
      strict: true
    }),
    ...(process.env.HANDOVER_OUT ? { outDir: `${process.env.HANDOVER_OUT}.kit` } : {}),
    alias: { $data: 'data' },
    paths: { base },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // Inline small CSS so the first paint needs no extra request.
    inlineStyleThreshold: 24576,
    // Prerendered pages get a <meta> CSP with the hashes of Kit's own inline script and inlined styles.
    // frame-ancestors cannot go in a <meta>: it is sent as a header (static/_headers via src/lib/host).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Inlined <style> elements are hashed by Kit. Server-rendered charts place and colour their marks with
        // style attributes (hundreds of distinct transforms a page), which a hash list cannot carry; style
        // attributes cannot run script or load anything outside img-src, so they alone stay inline.
        'style-src': ['self'],
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'frame-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['none'],
        'form-action': ['none'],
        'manifest-src': ['self'],
        'worker-src': ['none']
      }
    }
  }
};

export default config;
