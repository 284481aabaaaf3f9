import { SCENES } from '../../src/figures';
import { decodeUrlState } from '../../src/state';
import { expect, test } from './fixtures';

// A chunk that cannot be fetched (a new version deployed, the Wi-Fi gone for a moment) costs the
// reader nothing the link told them: the page reloads once into a version that works and still
// shows what the link repaired, and a notice whose text cannot be fetched says so and shows its
// text once it can. The notices' texts are a chunk of their own, fetched when a notice is shown.

// The page's requests reach the test's routes only without the service worker in between.
test.use({ serviceWorkers: 'block' });

const LINK = './?embed=sparse&sparse.kernel=99&nonsense=1';
const NOTICES = '**/assets/notices-*.js';

/** Leaves out of the page's console errors the browser's own line for each fetch the test refused. */
function forgiveRefusedFetches(consoleErrors: string[]): void {
  const others = consoleErrors.filter((error) => error !== 'Failed to load resource: net::ERR_FAILED');
  consoleErrors.splice(0, consoleErrors.length, ...others);
}

test('a chunk that fails once: one reload into a working page, which still shows what the link repaired', async ({
  page,
  consoleErrors,
}) => {
  const { notices } = decodeUrlState(new URL(LINK, 'http://lab/').search, SCENES);
  expect(notices.map((notice) => notice.key)).toEqual(['notice.url.unknownParam', 'notice.url.outOfRange']);
  let failed = 0;
  await page.route(NOTICES, (route) => (failed++ === 0 ? route.abort() : route.continue()));
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  await page.goto(LINK);
  await expect(page.locator('[data-notice]')).toHaveCount(2);
  await expect(page.locator('[data-notice="notice.url.outOfRange"]')).toContainText('99');
  await expect(page.locator('[data-notice="notice.url.unknownParam"]')).toContainText('nonsense');
  expect(failed).toBe(2);
  expect(loads).toBe(2);
  // The reloaded page's link is the repaired one; reloading it again shows no notice.
  expect(new URL(page.url()).search).not.toContain('nonsense');
  await page.reload();
  await expect(page.locator('[data-embed="sparse"] [data-figure] svg').first()).toBeVisible();
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  forgiveRefusedFetches(consoleErrors);
});

test('notices whose texts cannot be fetched say so, in either language, and show their texts once they can be', async ({
  page,
  consoleErrors,
}) => {
  let reachable = false;
  await page.route(NOTICES, (route) => (reachable ? route.continue() : route.abort()));
  await page.goto(LINK);
  // One reload is tried; after it the page does not reload again, and says what it can.
  const items = page.locator('[data-notice]');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('could not be fetched');
  await expect(items.first().getByRole('button', { name: 'Dismiss' })).toBeVisible();
  reachable = true;
  await expect(page.locator('[data-notice="notice.url.outOfRange"]')).toContainText('99');
  await expect(items.filter({ hasText: 'could not be fetched' })).toHaveCount(0);
  await expect(items).toHaveCount(2);

  reachable = false;
  await page.context().clearCookies();
  await page.goto(`${LINK}&lang=zh`);
  await expect(page.locator('[data-notice]').first()).toContainText('没能下载');
  forgiveRefusedFetches(consoleErrors);
});
