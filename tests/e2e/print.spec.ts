import { SCENES } from '../../src/scenes/index.ts';
import { expect, showFigure, test } from './fixtures.ts';

// Printing: the figures and their words without the controls, on light paper even from a dark
// screen, each figure starting a page; the Print button of a figure prints that figure alone.

/** Pages in a PDF, from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the printed page keeps every figure and caption, drops the controls, and prints light', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  for (const scene of SCENES) await showFigure(page, scene.id);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  for (const hidden of [
    '.toolbar',
    'fieldset.controls',
    '.language-switch',
    '.contents',
    '.caption__task',
    '.presets',
    '.grid-gallery__zoom',
    '.pick[data-pick=""]',
  ]) {
    for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
  }
  // The layer table prints every row: its scrolling box holds them all.
  const table = page.locator('[data-figure="playground"] .layer-table-scroll');
  expect(await table.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(
    1,
  );
  for (const scene of SCENES) {
    const section = page.locator(`[data-figure="${scene.id}"]`);
    await expect(section.locator('.caption').first()).toBeVisible();
    await expect(section.locator('[data-figure-body] :is(svg, canvas, table)').first()).toBeVisible();
  }
  // Each figure but the first starts a page; a picked weight's name stays in ink without its button's fill.
  expect(
    await page.locator('[data-figure="deep"]').evaluate((element) => getComputedStyle(element).breakBefore),
  ).toBe('page');
  expect(
    await page.locator('[data-figure="sparse"]').evaluate((element) => getComputedStyle(element).breakBefore),
  ).toBe('auto');
  expect(
    await page
      .locator('[data-figure="sharing"] button[aria-pressed="true"]')
      .evaluate((element) => getComputedStyle(element).color),
  ).toBe('rgb(27, 27, 27)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(SCENES.length);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a figure’s Print button prints that figure alone', async ({ page }) => {
  await page.goto('./');
  await showFigure(page, 'deep');
  // Stand in for the browser's print dialog: record what the page looks like in print when asked.
  await page.evaluate(() => {
    window.print = () => {
      const shown = [...document.querySelectorAll<HTMLElement>('[data-figure]')].filter(
        (section) => section.dataset.printTarget !== undefined,
      );
      (window as unknown as { printed: unknown }).printed = {
        only: document.documentElement.dataset.printOnly,
        targets: shown.map((section) => section.dataset.figure),
      };
    };
  });
  await page.locator('[data-figure="deep"] [data-action="print"]').click();
  expect(await page.evaluate(() => (window as unknown as { printed: unknown }).printed)).toEqual({
    only: 'deep',
    targets: ['deep'],
  });
  // While that is set, print styles show only the deep figure.
  await page.evaluate(() => {
    document.documentElement.dataset.printOnly = 'deep';
    (document.querySelector('[data-figure="deep"]') as HTMLElement).dataset.printTarget = '';
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-figure="sparse"]')).toBeHidden();
  await expect(page.locator('[data-figure="deep"]')).toBeVisible();
  await expect(page.locator('.page-header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBe(1);
});
