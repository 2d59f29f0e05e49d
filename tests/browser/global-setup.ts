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
  if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` first');
  const { server, url } = await serve('build');
  project.provide('baseURL', url);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
