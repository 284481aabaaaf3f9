import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const states: { name: string; url: string; impossible?: boolean; ready?: string }[] = [
  { name: 'the default figure', url: './' },
  {
    name: 'selected units in every figure, in Chinese',
    url: './?sparse.sel=1:2&deep.sel=2:4&sharing.sel=0:1&tiling.sel=1:2&variable.sel=0:0&lang=zh',
  },
  { name: 'notices from a malformed link', url: './?sparse.inputLength=abc&sparse.kernel=0' },
  { name: 'an impossible layer', url: './?sparse.padding=valid', impossible: true },
  ...['sparse', 'deep', 'sharing', 'tiling', 'equivariance', 'variable'].map((figure) => ({
    name: `embed mode: ${figure}`,
    url: `./?embed=${figure}`,
    ready: `[data-figure="${figure}"] [data-figure-body] svg`,
  })),
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
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('axe finds no violations in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?sparse.sel=0:2&deep.dilation=1&deep.sel=0:6');
  await expect(page.locator('[data-selected]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
