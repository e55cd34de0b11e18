import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const tabRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/tab', import.meta.url));

/**
 * The configurable tab's settings page is /tab/config/ (the manifest's configurationUrl). It is
 * the same app, which reads the path; a copy of index.html lets any static file server answer it.
 * The dev server falls back to index.html by itself.
 */
function settingsPage(): Plugin {
  return {
    name: 'lardomar-settings-page',
    apply: 'build',
    writeBundle() {
      mkdirSync(`${outDir}/config`, { recursive: true });
      copyFileSync(`${outDir}/index.html`, `${outDir}/config/index.html`);
    },
  };
}

/**
 * The tab is served by the bot service under /tab/; `vite` on its own proxies /api to that
 * service, at LARDOMAR_API (default: the `npm start` address).
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, tabRoot, '');
  const api = { '/api': { target: env.LARDOMAR_API || 'http://127.0.0.1:3978' } };
  return {
    root: tabRoot,
    base: '/tab/',
    envDir: tabRoot,
    // Beside the repository's other dependencies, not in a node_modules of its own under tab/.
    cacheDir: fileURLToPath(new URL('../node_modules/.vite/tab', import.meta.url)),
    publicDir: false,
    plugins: [settingsPage()],
    // Vite 8 compiles TSX with oxc; the automatic runtime needs no `import React` in each file.
    oxc: { jsx: { runtime: 'automatic' } },
    define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Minified size; what counts is the gzip size of the first download (about 170 KB of the 250 KB budget).
      chunkSizeWarningLimit: 700,
      rollupOptions: {
        onwarn(warning, warn) {
          // Fluent UI marks its modules 'use client' for React Server Components; meaningless here.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
        output: {
          // One file for everything the first view needs; the other views and teams-js load on demand.
          codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        },
      },
    },
    server: { proxy: api },
    preview: { proxy: api },
  };
});
