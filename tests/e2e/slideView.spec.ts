import { SCENES } from '../../src/figures/index.ts';
import { NETWORK_PRESETS } from '../../src/scenes/index.ts';
import { expect, test } from './fixtures.ts';
import { cellOnPage, expectedGrids, readGrids } from './playgroundHooks.ts';

// A figure as a slide (`view=figure` in an embed link): its drawing and legend, its settings
// folded away, no caption, task or tools, scaled to the frame it is given, 16:9 at 960 × 540 and
// at 1920 × 1080, with nothing to scroll.

for (const [width, height] of [
  [960, 540],
  [1920, 1080],
] as const) {
  test(`every figure as a ${width} × ${height} slide: its drawing fits the frame, with no scrollbar and no caption or tools`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const scene of SCENES) {
      await page.goto(`./?v=1&embed=${scene.id}&view=figure`);
      const root = page.locator(`[data-embed="${scene.id}"]`);
      // The figure's drawing: its graph, grids, charts or table (not a small key).
      const drawing = root
        .locator('[data-figure-body] :is(svg.unit-graph, canvas, table, .chart svg)')
        .first();
      await expect(drawing, scene.id).toBeVisible();
      await expect(root.locator('[data-figure] > .caption, .toolbar'), scene.id).toHaveCount(0, {
        timeout: 1,
      });
      await expect(root.locator('.embed-footer'), scene.id).toBeHidden({ timeout: 1 });
      // Settings stay reachable, folded.
      await expect(root.locator('details.slide-settings > summary'), scene.id).toBeVisible();
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const html = document.documentElement;
              return html.scrollHeight <= html.clientHeight + 1 && html.scrollWidth <= html.clientWidth;
            }),
          { message: scene.id },
        )
        .toBe(true);
      // The drawing is on the slide, not cut off below it.
      const box = await drawing.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0), scene.id).toBeLessThanOrEqual(height + 1);
      expect(box?.width ?? 0, scene.id).toBeGreaterThan(width / 6);
    }
  });
}

test('a playground slide, scaled down to fit, still selects the cell under the pointer', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 540 });
  await page.goto('./?v=1&embed=playground&view=figure');
  await expect(page.locator('[data-layer-grid="23"] canvas')).toBeVisible();
  const zoom = await page
    .locator('.embed-root')
    .evaluate((element) => Number((element as HTMLElement).style.zoom));
  expect(zoom).toBeLessThan(1);
  const resnet = NETWORK_PRESETS.resnet50;
  // Layer 23 is 14 × 14: row 6, column 3.
  const point = await cellOnPage(page, resnet, 23, 6, 3, '[data-figure="playground"]');
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/playground\.sel=23:87(&|$)/);
  await expect.poll(() => readGrids(page)).toEqual(expectedGrids(resnet, 23, 6 * 14 + 3, [0, 11, 23, 50]));
});

test('view=figure outside an embed is explained and the page shows whole', async ({ page }) => {
  await page.goto('./?v=1&view=figure');
  await expect(page.locator('[data-notice="notice.url.badView"]')).toBeVisible();
  await expect(page.locator('[data-figure="sparse"] .caption')).toBeVisible();
});

test('a projector’s 1920 × 1080 frame draws the slide larger, text and all; opened settings lie over it and shrink nothing', async ({
  page,
}) => {
  const headingHeight = async (width: number, height: number) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?v=1&embed=deep&view=figure');
    await expect(page.locator('[data-embed="deep"] svg.unit-graph')).toBeVisible();
    // Wait for the fit to settle: two readings a moment apart agree.
    let last = -1;
    await expect
      .poll(async () => {
        const now = (await page.locator('[data-figure] > h1').boundingBox())?.height ?? 0;
        const settled = Math.abs(now - last) < 0.5;
        last = now;
        return settled;
      })
      .toBe(true);
    return last;
  };
  const small = await headingHeight(960, 540);
  const large = await headingHeight(1920, 1080);
  expect(large / small).toBeGreaterThan(1.8);
  const graph = page.locator('[data-embed="deep"] svg.unit-graph');
  const before = (await graph.boundingBox())?.width ?? 0;
  await page.locator('details.slide-settings > summary').click();
  await expect(page.locator('details.slide-settings fieldset.controls')).toBeVisible();
  await page.waitForTimeout(300);
  expect((await graph.boundingBox())?.width ?? 0).toBeCloseTo(before, 0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1081);
});
