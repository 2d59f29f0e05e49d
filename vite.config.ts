import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { checkMessageFiles } from './src/lib/i18n/check';

// A missing translation fails the build before anything is compiled.
checkMessageFiles();

export default defineConfig({
  plugins: [
    // Interface strings (messages/*.json) compiled to functions; each takes its locale explicitly
    // ({ locale: lang }), so a prerendered page never depends on a shared current locale.
    paraglideVitePlugin({ project: './project.inlang', outdir: './src/lib/paraglide', strategy: ['baseLocale'] }),
    sveltekit()
  ],
  // A git worktree may link node_modules from another checkout; let Vite serve files from there too.
  server: { fs: { allow: [realpathSync('node_modules')] } },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['./tests/setup/jsdom.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts', 'tests/engines/**/*.test.ts'],
          globalSetup: ['./tests/browser/global-setup.ts'],
          // One Chromium, one server: files share them and run one after another on 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000
        }
      },
      {
        extends: true,
        test: {
          // Not part of npm test: `npm run bench` prints figures and asserts nothing.
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.run.ts'],
          globalSetup: ['./tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 120_000
        }
      }
    ]
  }
});
