import { expect, showFigure, test } from './fixtures.ts';

// After one visit the lab works offline (a classroom's Wi-Fi drops): the service worker has
// precached the page, every figure's code, the worker and the photos.

test('after a first visit, the lab reloads and works with the network gone', async ({ page, context }) => {
  await page.goto('./?deep.sel=3:6');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
    .toBe(true);
  // Everything is precached once the worker is in control; wait until it is ready.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await showFigure(page, 'deep');
  await expect(page.locator('[data-figure="deep"] svg[data-panel="stack"] [data-selected]')).toHaveAttribute(
    'data-unit',
    '3:6',
  );
  // The engine's worker answers: a click lights a field.
  await page.locator('[data-figure="sparse"] [data-unit="1:2"]').first().click();
  await expect(page.locator('[data-figure="sparse"] [data-live]')).toContainText('sees');
  // A figure whose code, photo and formulas load later.
  await showFigure(page, 'edges');
  await expect(page.locator('[data-figure="edges"] [data-count="outputs"]')).toHaveText('89,320');
  await expect(page.locator('[data-figure="edges"] canvas').first()).toBeVisible();
  await showFigure(page, 'cost');
  await expect(page.locator('[data-figure="cost"] math').first()).toBeAttached();
  await context.setOffline(false);
});
