import { traceReceptiveField } from '../../src/engine/index.ts';
import { NETWORK_PRESETS } from '../../src/scenes/index.ts';
import { expect, highlighted, markedKeys, test } from './fixtures.ts';
import { cellOnPage, expectedGrids, readGrids } from './playgroundHooks.ts';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

test('on a 375 px phone, a tap selects a unit and the panels stack', async ({ page }) => {
  await page.goto('./');
  const output = page.locator('[data-figure="sparse"] svg[data-panel="conv"] [data-unit="1:0"]');
  await output.tap();
  const spec = {
    input: { size: 5 },
    layers: [{ kind: 'conv', kernel: 3, stride: 1, dilation: 1, padding: 'same' }],
  };
  await expect
    .poll(async () => (await highlighted(page, 'conv')).receptive)
    .toEqual(markedKeys(traceReceptiveField(spec, 1, 0), '1:0'));
  const conv = await page.locator('[data-figure="sparse"] figure[data-panel="conv"]').boundingBox();
  const dense = await page.locator('[data-figure="sparse"] figure[data-panel="dense"]').boundingBox();
  expect(dense && conv && dense.y).toBeGreaterThan((conv?.y ?? 0) + (conv?.height ?? 0) - 1);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
});

test('on a 375 px phone, a tap on a playground cell selects that unit and lights its exact field', async ({
  page,
}) => {
  await page.goto('./?embed=playground');
  await expect(page.locator('[data-layer-grid="23"] canvas')).toBeVisible();
  await page.locator('[data-layer-grid="23"]').scrollIntoViewIfNeeded();
  const resnet = NETWORK_PRESETS.resnet50;
  // Layer 23 (block2's end) is 14 × 14: tap row 6, column 3.
  const point = await cellOnPage(page, resnet, 23, 6, 3);
  await page.touchscreen.tap(point.x, point.y);
  await expect(page).toHaveURL(/playground\.sel=23:87(&|$)/);
  await expect.poll(() => readGrids(page)).toEqual(expectedGrids(resnet, 23, 6 * 14 + 3, [0, 11, 23, 50]));
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
});

test('on a 375 px phone, the cost table fits the screen with its numbers, in both languages', async ({
  page,
}) => {
  for (const language of ['en', 'zh']) {
    await page.goto(`./?embed=cost&lang=${language}`);
    const table = page.locator('[data-cost]');
    await expect(table.locator('math').first()).toBeAttached();
    // No sideways scrolling: the table is no wider than the page, and no hint asks to scroll.
    const [tableWidth, pageWidth] = await table.evaluate((element) => [
      element.getBoundingClientRect().right,
      document.documentElement.clientWidth,
    ]);
    expect(tableWidth, language).toBeLessThanOrEqual(pageWidth);
    await expect(page.locator('[data-scroll-hint]')).toHaveCount(0);
    // Every count is on screen once the table is scrolled to.
    await table.scrollIntoViewIfNeeded();
    for (const cell of await table.locator('td').all()) {
      const box = await cell.boundingBox();
      expect(box && box.x + box.width, language).toBeLessThanOrEqual(pageWidth);
    }
  }
});

test('on a phone, a jump from the contents lands on the section’s heading and stays there while figures load', async ({
  page,
}) => {
  for (const figure of ['tiling', 'cost', 'edges']) {
    await page.goto('./');
    await expect(page.locator('[data-figure="sparse"] svg').first()).toBeVisible();
    await page.locator(`nav.contents a[href="#figure-${figure}"]`).tap();
    const heading = page.locator(`#figure-${figure} h2`);
    // The figures above and below arrive and change height meanwhile; the heading stays at the top.
    for (const wait of [300, 1000, 2000]) {
      await page.waitForTimeout(wait);
      // Read as the next frame is painted: a new ResizeObserver's first call comes after the page's
      // own observers (older) have put the heading back in that frame, so a figure that arrived
      // a moment before the read cannot be caught half-way.
      const top = await heading.evaluate(
        (element) =>
          new Promise<number>((resolve) => {
            const observer = new ResizeObserver(() => {
              observer.disconnect();
              resolve(element.getBoundingClientRect().top);
            });
            observer.observe(element);
          }),
      );
      expect(top, `${figure} after ${wait} ms`).toBeGreaterThanOrEqual(0);
      expect(top, `${figure} after ${wait} ms`).toBeLessThan(60);
    }
  }
});

test('on a phone, a unit tapped low on the screen is not hidden by the sentence that answers', async ({
  page,
}) => {
  await page.goto('./?embed=tiling');
  const unit = page.locator('[data-figure="tiling"] svg[data-panel="conv"] [data-unit="1:2"]');
  await expect(unit).toBeVisible();
  // Scroll so the unit sits at the bottom of the screen, where the sentence will stick.
  await unit.evaluate((element) => {
    const box = element.getBoundingClientRect();
    window.scrollBy(0, box.bottom - window.innerHeight + 4);
  });
  await unit.tap();
  const live = page.locator('[data-figure="tiling"] [data-live][data-live-active]');
  await expect(live).toContainText('s₃');
  const viewport = page.viewportSize()?.height ?? 740;
  // The sentence takes at most a quarter of the screen, and the unit is above it.
  const sentence = await live.boundingBox();
  expect(sentence?.height ?? viewport).toBeLessThanOrEqual(viewport * 0.25 + 1);
  await expect
    .poll(async () => {
      const [unitBox, liveBox] = await Promise.all([unit.boundingBox(), live.boundingBox()]);
      return (unitBox?.y ?? 0) + (unitBox?.height ?? 0) <= (liveBox?.y ?? 0) + 1;
    })
    .toBe(true);
});

test('a jump to a section made as the page opens, before that section is drawn, still lands on it', async ({
  page,
}) => {
  // As the page's script has run: only the first section is drawn, the others come a frame each.
  await page.addInitScript(() =>
    addEventListener('DOMContentLoaded', () => {
      window.location.hash = '#figure-cost';
    }),
  );
  await page.goto('./');
  await expect
    .poll(() => page.locator('#figure-cost h2').evaluate((element) => element.getBoundingClientRect().top))
    .toBeLessThan(60);
  const top = await page
    .locator('#figure-cost h2')
    .evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
});

test('on a phone, the embed dialog’s menus fit inside it, in both languages', async ({ page }) => {
  for (const language of ['en', 'zh']) {
    await page.goto(`./?lang=${language}`);
    await page.locator('[data-figure="sparse"] [data-action="embed"]').tap();
    const dialog = page.locator('[data-figure="sparse"] [data-embed-dialog]');
    await expect(dialog).toBeVisible();
    const dialogBox = await dialog.boundingBox();
    for (const menu of await dialog.locator('select').all()) {
      const box = await menu.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0), language).toBeLessThanOrEqual(
        (dialogBox?.x ?? 0) + (dialogBox?.width ?? 0),
      );
    }
  }
});

test('on a phone, the very first pinch on a playground grid zooms it (its gestures load as it starts)', async ({
  page,
}) => {
  await page.goto('./?embed=playground');
  const canvas = page.locator('[data-layer-grid="11"] canvas');
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no grid');
  // Two fingers down on the grid, then spread apart, as a browser delivers a pinch.
  const cdp = await page.context().newCDPSession(page);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const fingers = (apart: number) => [
    { x: x - apart, y, id: 0 },
    { x: x + apart, y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(10) });
  for (let apart = 14; apart <= 90; apart += 4) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(canvas).toHaveClass(/grid-canvas__canvas--zoomed/);
});

for (const [width, height] of [
  [375, 740],
  [812, 375],
] as const) {
  test(`on a ${width} × ${height} phone, a playground cell tapped low stays clear of the sentence, which takes at most a quarter of the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=playground');
    const resnet = NETWORK_PRESETS.resnet50;
    const grid = page.locator('[data-layer-grid="23"]');
    await expect(grid.locator('canvas')).toBeVisible();
    const live = page.locator('[data-figure="playground"] .playground-live');
    // Scroll so the grid's bottom row is low on the screen, just above the short sentence stuck
    // to the bottom ("Nothing selected."): there the sentence a tap brings, longer, would cover it.
    await grid.scrollIntoViewIfNeeded();
    const first = await cellOnPage(page, resnet, 23, 13, 6);
    await page.evaluate((by) => window.scrollBy(0, by), first.y - height * 0.85);
    const point = await cellOnPage(page, resnet, 23, 13, 6);
    expect(point.y).toBeLessThan((await live.boundingBox())?.y ?? 0);
    await page.touchscreen.tap(point.x, point.y);
    await expect(page).toHaveURL(/playground\.sel=23:188(&|$)/);
    await expect(live).toContainText('Selected');
    const sentence = await live.boundingBox();
    expect(sentence?.height ?? height).toBeLessThanOrEqual(height * 0.25 + 1);
    // The tapped cell (row 13, the last) is above the sentence.
    await expect
      .poll(async () => {
        const cell = await cellOnPage(page, resnet, 23, 13, 6);
        const box = await live.boundingBox();
        return cell.y < (box?.y ?? 0);
      })
      .toBe(true);
  });
}

test('on a phone, the length slider stops where units can still be tapped; + goes on, and the figure says so', async ({
  page,
}) => {
  await page.goto('./');
  const figure = '[data-figure="sparse"]';
  const slider = page.locator(`${figure} input[data-setting="inputLength"]`);
  const graph = page.locator(`${figure} svg[data-panel="conv"]`);
  await expect(graph.locator('[data-unit="0:0"]')).toBeVisible();
  // The width each input unit's tap target has: the distance between two neighbours' hit areas' centres.
  const spacing = () =>
    graph.evaluate((svg) => {
      const centre = (key: string) => {
        const box = svg.querySelector(`[data-unit="${key}"] .unit__hit`)?.getBoundingClientRect();
        return box ? box.x + box.width / 2 : Number.NaN;
      };
      return centre('0:1') - centre('0:0');
    });
  const top = Number(await slider.getAttribute('max'));
  expect(top).toBeGreaterThanOrEqual(5);
  expect(top).toBeLessThan(256);
  await expect(page.locator(`${figure} [data-tap-limit]`)).toHaveCount(0);
  await slider.fill(String(top));
  await expect(graph.locator('[data-unit^="0:"]')).toHaveCount(top);
  // At the slider's end every input is still at least 24 px wide (WCAG 2.2's smallest target).
  expect(await spacing()).toBeGreaterThanOrEqual(24);
  await expect(page.locator(`${figure} [data-tap-limit="${top}"]`)).toBeVisible();
  // One more, by its + button: the units are narrower than a target should be, and the slider follows.
  await page.locator(`${figure} [data-setting-step="inputLength"][data-step="up"]`).tap();
  await expect(graph.locator('[data-unit^="0:"]')).toHaveCount(top + 1);
  await expect(slider).toHaveAttribute('max', String(top + 1));
  expect(await spacing()).toBeLessThan(24);
});
