// The JavaScript a first visit loads on a page: every script until the network is quiet after the
// page's first figure is drawn, gzipped as a static host serves it (KB = 1,000 bytes). What loads
// only on a gesture (the grids' zoom) is not part of it; the engine's worker, fetched at the same
// time but run on its own thread, is counted apart. Used by `npm run bench` and by the first-load
// check of `npm test` (a size, not a timing: the same build gives the same numbers anywhere).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of each script a page loaded from the build in `dist`, by file name. */
function gzippedScripts(urls, dist) {
  return Object.fromEntries(
    urls.map((url) => {
      const file = new URL(url).pathname.replace(/^\//, '');
      return [file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length];
    }),
  );
}

/**
 * Opens `url` in `page` (service workers blocked by its context), waits for `ready` to be visible
 * and the network to be quiet, and gives the gzipped scripts it loaded: the page's total, the
 * worker's files and every file's size.
 */
export async function measureFirstLoad(page, url, ready, dist = 'dist') {
  const scripts = new Set();
  const listen = (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.add(request.url());
  };
  page.on('request', listen);
  try {
    await page.goto(url);
    await page.locator(ready).first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', listen);
  }
  const files = gzippedScripts([...scripts], dist);
  const onPage = Object.entries(files).filter(([file]) => !file.includes('.worker-'));
  return {
    gzipBytes: onPage.reduce((sum, [, size]) => sum + size, 0),
    worker: Object.entries(files).filter(([file]) => file.includes('.worker-')),
    files,
  };
}

/** What shows a page drawn: the whole lab's first figure, or an embed's figure. */
export function firstLoadPages(figureIds) {
  return [
    { name: 'the whole lab', query: '', ready: '[data-figure="sparse"] svg' },
    ...figureIds.map((id) => ({
      name: `?embed=${id}`,
      query: `?embed=${id}`,
      ready: `[data-embed="${id}"] [data-figure] :is(svg, canvas, table)`,
    })),
  ];
}
