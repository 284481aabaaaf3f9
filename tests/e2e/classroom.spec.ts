import { expect, showFigure, test } from './fixtures.ts';

// A course's reader: the link in the address bar opens where they changed something, and the
// page's colours are theirs to choose.

test('a link copied after changing a figure lands on that figure', async ({ page }) => {
  await page.goto('./');
  // Drawn first: a click while the figures above it arrive could land where its stepper was.
  await showFigure(page, 'variable');
  const figure = page.locator('[data-figure="variable"]');
  await figure.locator('[data-setting-step="kernel"][data-step="up"]').click();
  await expect(page).toHaveURL(/variable\.kernel=4.*#figure-variable$/);
  // Opened again (as a student opens the link a teacher pasted), the page is at that figure.
  const link = page.url();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.locator('[data-figure="variable"] h2')).toBeInViewport();
  await expect(other.locator('[data-figure="variable"] [data-setting="kernel"]')).toHaveValue('4');
  await other.close();
});

test('the page’s colours: light, dark or as the system is set, kept in the link', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('[data-theme-choice="auto"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-theme-choice="dark"]').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/theme=dark/);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // Back to the system's: a system turning dark turns the page dark.
  await page.locator('[data-theme-choice="auto"]').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/theme=auto/);
});
