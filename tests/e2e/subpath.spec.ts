import { expect, showFigure, test } from './fixtures.ts';
import { serveBuild } from './staticHost.ts';

// The built lab served from a subpath, as on GitHub Pages or a course site (/courses/cnn/lab/):
// every script, the worker, the photos and the embeds resolve under it.

test('served under /courses/cnn/lab/, the lab, its worker, its photos and its embeds all work', async ({
  page,
}) => {
  test.slow();
  const host = await serveBuild({ base: '/courses/cnn/lab/' });
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(host.url);
  // The worker answers: the first figure's analysis draws its field.
  await page.locator('[data-figure="sparse"] [data-unit="1:2"]').first().click();
  await expect(page.locator('[data-figure="sparse"] [data-live]')).toContainText('sees');
  // A photo (the playground's grids draw over it) and a lazily loaded figure.
  await showFigure(page, 'playground');
  await expect(page.locator('[data-figure="playground"] canvas').first()).toBeVisible();
  await showFigure(page, 'cost');
  await expect(page.locator('[data-figure="cost"] math').first()).toBeAttached();
  // An embed link made here points under the same path.
  await page.locator('[data-figure="sparse"] [data-action="embed"]').click();
  const snippet = await page.locator('[data-figure="sparse"] [data-embed-snippet]').inputValue();
  expect(snippet).toContain(`src="${host.url}?v=1&amp;embed=sparse`);
  await page.goto(`${host.url}?embed=edges`);
  await expect(page.locator('[data-embed="edges"] canvas').first()).toBeVisible();
  await expect(page.locator('[data-embed="edges"] [data-count="outputs"]')).toHaveText('89,320');
  expect(failed).toEqual([]);
  await host.close();
});
