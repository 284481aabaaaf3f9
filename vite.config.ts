import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { typesetFormulas } from './build/typesetFormulas.ts';
import { CONTENT_SECURITY_POLICY } from './deploy/contentSecurityPolicy.ts';
import { chromiumLaunchOptions } from './tests/chromium.ts';

/** Writes the lab's Content-Security-Policy into the built index.html, before anything it governs. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [
    typesetFormulas(),
    contentSecurityPolicy(),
    // Offline after the first visit (classrooms have bad Wi-Fi): a Workbox service worker precaches
    // the whole built lab. A new version takes over at once and clears the old caches. The page
    // registers it itself (main.tsx): only the built lab, and only when not framed in a course page.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,jpg,md}'],
        // The worker answers only the lab's own files. A course site keeps its own pages beside the
        // lab, in the worker's scope: a fallback to index.html would answer them (and every missing
        // page) with the lab. The lab's page is precached as `index.html`, which the folder's own
        // address reaches too (Workbox's directoryIndex); a link's query never names another file,
        // so it is ignored when looking a request up in the precache.
        navigateFallback: null,
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Everything the first figure needs is one file: split along the lines of which later chunks
    // share it, it cost about 2 KB of gzip more (each file compressed alone) and a cascade of requests.
    // Later chunks (each figure's drawing, the gestures) import what they share from it.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'engine', environment: 'node', include: ['tests/engine/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundle every browser dependency up front: discovering one mid-run reloads the page and
        // can leave two copies of React.
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'zustand',
            'zustand/vanilla',
            'd3-array',
          ],
        },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
