// Serves the built site once for all browser tests; the build must exist (npm test builds it first).
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  // SITE_BUILD serves another build (an older commit's, to show a test failing on the code before a fix).
  const root = process.env.SITE_BUILD ?? 'build';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run build\` first`);
  const { server, url } = await serve(root);
  project.provide('baseURL', url);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
