import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const states = [
  { name: 'the default figure', url: './' },
  { name: 'a selected output in Chinese', url: './?sel=1:2&lang=zh' },
  { name: 'notices from a malformed link', url: './?m=abc&k=0' },
  { name: 'an impossible layer', url: './?padding=valid', impossible: true },
];

for (const state of states) {
  test(`axe finds no violations: ${state.name}`, async ({ page }) => {
    await page.goto(state.url);
    await expect(page.locator('[data-unit]').first()).toBeVisible();
    if (state.impossible) {
      await page.locator('input[data-setting="kernel"]').fill('9');
      await expect(page.locator('[data-issue]')).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('axe finds no violations in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?sel=0:2');
  await expect(page.locator('[data-selected]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
