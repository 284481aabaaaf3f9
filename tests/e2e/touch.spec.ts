import { traceReceptiveField } from '../../src/engine/index.ts';
import { expect, highlighted, markedKeys, test } from './fixtures.ts';

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
