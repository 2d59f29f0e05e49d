import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // strict: a route that cannot be prerendered fails the build instead of shipping a hole.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
    alias: { $data: 'data' },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // Inline small CSS so the first paint needs no extra request.
    inlineStyleThreshold: 4096
  }
};

export default config;
