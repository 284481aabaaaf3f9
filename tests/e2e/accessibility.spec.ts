import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { openLayer } from './playgroundHooks.ts';

const states: {
  name: string;
  url: string;
  impossible?: boolean;
  ready?: string;
  openEditor?: boolean;
  breakKernel?: boolean;
}[] = [
  { name: 'the default figure', url: './' },
  {
    name: 'selected units in every figure, in Chinese',
    url: './?sparse.sel=1:2&deep.sel=2:4&sharing.sel=0:1&tiling.sel=1:2&variable.sel=0:0&equivariance.sel=0:12&lang=zh',
  },
  { name: 'notices from a malformed link', url: './?sparse.inputLength=abc&sparse.kernel=0' },
  { name: 'an impossible layer', url: './?sparse.padding=valid', impossible: true },
  ...['sparse', 'deep', 'sharing', 'tiling', 'equivariance', 'variable'].map((figure) => ({
    name: `embed mode: ${figure}`,
    url: `./?embed=${figure}`,
    ready: `[data-figure="${figure}"] [data-figure-body] svg`,
  })),
  {
    name: 'embed mode: the playground on ResNet-50, a deep unit selected and its field drawn',
    url: './?embed=playground&playground.sel=23:100',
    ready: '[data-layer-grid="23"][data-field-count="1"]',
  },
  {
    name: 'embed mode: the playground on AlexNet with the editor open',
    url: './?embed=playground&playground.preset=alexnet&playground.sel=3:100',
    ready: '[data-layer-grid="3"][data-field-count="1"]',
    openEditor: true,
  },
  {
    name: 'embed mode: the playground in Chinese, with an impossible network in the editor',
    url: './?embed=playground&lang=zh&playground.preset=book-9-4',
    ready: '[data-figure="playground"] [data-unit]',
    openEditor: true,
    breakKernel: true,
  },
  {
    name: 'embed mode: edges on the photo, an output selected, its matrix row and formulas shown',
    url: './?embed=edges&edges.sel=1:40000',
    ready: '[data-figure="edges"] [data-matrix-row]',
  },
  {
    name: 'embed mode: edges in Chinese, Sobel x, |y|, an input pixel selected',
    url: './?embed=edges&lang=zh&edges.kernel=sobel-x&edges.abs=1&edges.sel=0:500',
    ready: '[data-figure="edges"] [data-edge-inset]',
  },
  {
    name: 'embed mode in Chinese, with typeset formulas',
    url: './?embed=cost&lang=zh',
    ready: '[data-cost] math',
  },
];

for (const state of states) {
  test(`axe finds no violations: ${state.name}`, async ({ page }) => {
    await page.goto(state.url);
    await expect(page.locator(state.ready ?? '[data-unit]').first()).toBeVisible();
    if (state.impossible) {
      await page.locator('[data-figure="sparse"] input[data-setting="kernel"]').fill('9');
      await expect(page.locator('[data-issue]')).toBeVisible();
    }
    if (state.openEditor) await page.locator('[data-figure="playground"] .network-editor summary').click();
    if (state.breakKernel) {
      await openLayer(page, 1);
      await page.locator('[data-editor-layer="1"] [data-editor-field="kernel"] input').fill('0');
      await expect(page.locator('[data-field-issue]')).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('axe finds no violations in dark mode', async ({ page }) => {
  // Every figure at once, with ResNet-50's 54-row table: axe takes 15–30 s on this page.
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?sparse.sel=0:2&deep.dilation=1&deep.sel=0:6&playground.sel=11:300');
  await expect(page.locator('[data-selected]').first()).toBeVisible();
  await page.locator('[data-figure="playground"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-layer-grid="11"][data-field-count="1"]')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('a drawing of units is one Tab stop, entered where the reader was; the arrows move inside it', async ({
  page,
}) => {
  await page.goto('./');
  const figure = page.locator('[data-figure="sparse"]');
  const conv = figure.locator('svg[data-panel="conv"]');
  const dense = figure.locator('svg[data-panel="dense"]');
  await expect(conv.locator('[data-unit]')).toHaveCount(10);
  await conv.locator('[data-unit="0:0"]').focus();
  // Tab leaves the convolution for the dense drawing, and leaves that for what follows it.
  await page.keyboard.press('Tab');
  await expect(dense.locator('[data-unit="0:0"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveAttribute('data-unit', /./);
  // Back in the convolution with Shift+Tab twice, an arrow moves on; Tab out and back returns there.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(conv.locator('[data-unit="0:0"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(conv.locator('[data-unit="0:1"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(conv.locator('[data-unit="0:1"]')).toBeFocused();
  expect(await conv.locator('[tabindex="0"]').count()).toBe(1);
});
