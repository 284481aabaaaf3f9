import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCENES } from '../../src/figures';
import { expect, test } from './fixtures.ts';

// The JavaScript a first visit loads on the page, everything until the network is quiet after the
// first figure is drawn, gzipped as a static host serves it (KB = 1,000 bytes). What loads only on
// a gesture (the grids' zoom) is not part of it. The engine's worker, fetched at the same time but
// run on its own thread, is counted apart. A size check, not a timing: the same build gives the
// same numbers on any machine.

const FULL_PAGE_BUDGET = 120_000;
const EMBED_BUDGET = 90_000;
const WORKER_BUDGET = 12_000;

/** Gzipped bytes of each script a page loaded from the build, by file name. */
function gzippedScripts(urls: string[]): Record<string, number> {
  return Object.fromEntries(
    urls.map((url) => {
      const file = new URL(url).pathname.replace(/^\//, '');
      return [file, gzipSync(readFileSync(join('dist', file)), { level: 9 }).length];
    }),
  );
}

// The whole lab, and each figure embedded alone (its own chunk included: the embed waits for it).
const PAGES = [
  { name: 'the whole lab', query: '', ready: '[data-figure="sparse"] svg', budget: FULL_PAGE_BUDGET },
  ...SCENES.map((scene) => ({
    name: `?embed=${scene.id}`,
    query: `?embed=${scene.id}`,
    ready: `[data-embed="${scene.id}"] [data-figure] :is(svg, canvas, table)`,
    budget: EMBED_BUDGET,
  })),
];

// The service worker precaches every file after the first load: not part of what the page runs.
test.use({ serviceWorkers: 'block' });

for (const { name, query, ready, budget } of PAGES) {
  test(`first load of ${name}: its scripts stay within ${budget / 1000} KB gzip`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
    });
    await page.goto(`./${query}`);
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sizes = gzippedScripts([...new Set(scripts)]);
    const onPage = Object.entries(sizes).filter(([file]) => !file.includes('.worker-'));
    const total = onPage.reduce((sum, [, size]) => sum + size, 0);
    expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(budget);
    const worker = Object.entries(sizes).filter(([file]) => file.includes('.worker-'));
    expect(worker).toHaveLength(1);
    expect(worker[0][1]).toBeLessThanOrEqual(WORKER_BUDGET);
  });
}
