import { expect, test } from './fixtures.ts';
import { serveBuild } from './staticHost.ts';

// A course site that serves the lab at its root, or keeps its own pages in the lab's folder: after
// one visit to the lab, its service worker answers only the lab's own page. The course's pages and
// missing pages reach the host at their own addresses, and every form of a lab link opens offline.

const COURSE_PAGE =
  '<!doctype html><title>Week 3</title><link rel="icon" href="data:,"><h1 id="week">Week 3: convolution</h1>';

for (const base of ['/', '/courses/cnn/lab/']) {
  test(`served at ${base}, the service worker answers only the lab's page: the course's pages and missing pages are the host's, lab links work offline`, async ({
    page,
    context,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    const course = `${base}week3.html`;
    const host = await serveBuild({ base, pages: { [course]: COURSE_PAGE } });
    const origin = new URL(host.url).origin;
    try {
      await page.goto(host.url);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
        .toBe(true);
      await page.evaluate(() => navigator.serviceWorker.ready);

      // The course's page, in the worker's scope, comes from the host, at its own address.
      const coursePage = await page.goto(`${origin}${course}`);
      expect(coursePage?.status()).toBe(200);
      expect(coursePage?.fromServiceWorker()).toBe(false);
      await expect(page.locator('#week')).toHaveText('Week 3: convolution');
      expect(page.url()).toBe(`${origin}${course}`);
      await expect(page.locator('[data-figure]')).toHaveCount(0);

      // A missing page is the host's 404, not the lab.
      const missing = await page.goto(`${host.url}missing.html?v=1`);
      expect(missing?.status()).toBe(404);
      expect(page.url()).toBe(`${host.url}missing.html?v=1`);
      await expect(page.locator('#not-found')).toBeVisible();
      await expect(page.locator('[data-figure]')).toHaveCount(0);
      // The browser logs the 404 it was given; nothing else may complain.
      await expect.poll(() => consoleErrors.length).toBeGreaterThan(0);
      expect(consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
      consoleErrors.length = 0;

      // Offline, every form of a link to the lab opens it, with the state it carries.
      await context.setOffline(true);
      for (const link of [
        '',
        'index.html',
        '?v=1&deep.sel=3:6#figure-deep',
        'index.html?v=1&embed=deep&deep.sel=3:6',
        '?embed=deep&deep.sel=3:6#%E0%A4%A',
      ]) {
        const response = await page.goto(`${host.url}${link}`);
        expect(response?.fromServiceWorker(), link).toBe(true);
        const selected = page.locator('[data-figure="deep"] svg[data-panel="stack"] [data-selected]');
        if (link.includes('deep.sel')) await expect(selected, link).toHaveAttribute('data-unit', '3:6');
        else await expect(page.locator('[data-figure="sparse"] svg').first(), link).toBeVisible();
      }
      // The course's page is not the lab's to answer: offline, the browser cannot reach it.
      await expect(page.goto(`${origin}${course}`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await context.setOffline(false);
      await host.close();
    }
  });
}
