import { SCENES } from '../../src/figures/index.ts';
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
    '.question-start',
    '.live:not([data-live-active])',
    '.layer-table input[type="checkbox"]',
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
  // The layer table's total is printed once, after its last row, not at the foot of every page.
  expect(
    await page
      .locator('[data-figure="playground"] .layer-table tfoot')
      .evaluate((element) => getComputedStyle(element).display),
  ).toBe('table-row-group');
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
  // It prints once the figure is drawn (at once here: it is on screen).
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: unknown }).printed))
    .toEqual({ only: 'deep', targets: ['deep'] });
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

test('Ctrl + P right after the page opens prints every figure drawn, each with its settings in words', async ({
  page,
}) => {
  // Stand in for the browser's print dialog: record, when asked, which figures have their drawing.
  await page.addInitScript(() => {
    const record: { figure: string; drawn: boolean }[][] = [];
    (window as unknown as { printed: typeof record }).printed = record;
    window.print = () => {
      record.push(
        [...document.querySelectorAll<HTMLElement>('main [data-figure]')].map((section) => ({
          figure: section.dataset.figure ?? '',
          drawn:
            section.querySelector('[data-figure-body] :is(svg.unit-graph, canvas, table, .chart svg)') !==
              null &&
            section.querySelector('.figure__placeholder, [data-panel-pending], .figure__loading') === null,
        })),
      );
    };
  });
  await page.goto('./');
  await expect(page.locator('[data-figure="sparse"] svg.unit-graph').first()).toBeVisible();
  // At once: the other figures are not fetched yet (they come as a reader scrolls to them).
  expect(await page.locator('.figure__placeholder').count()).toBeGreaterThan(0);
  await page.keyboard.press('ControlOrMeta+p');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: unknown[] }).printed.length), {
      timeout: 20_000,
    })
    .toBe(1);
  const [printed] = await page.evaluate(
    () => (window as unknown as { printed: { figure: string; drawn: boolean }[][] }).printed,
  );
  expect(printed).toEqual(SCENES.map((scene) => ({ figure: scene.id, drawn: true })));
  await page.emulateMedia({ media: 'print' });
  // Each figure says its settings in words, where the controls were.
  await expect(page.locator('[data-figure="deep"] .figure__settings')).toHaveText(
    'Input length m: 13 · Layers: 3 · Kernel width k: 3 · Padding: same (TensorFlow rule) · Stride 2 in the second layer: off · Max-pool (width 2, stride 2) after the first layer: off · Dilation doubling per layer (1, 2, 4 …): off',
  );
  await expect(page.locator('[data-figure="cost"] .figure__settings')).toContainText('1,000');
  // Pictures keep their shape on paper: the photo and its edge map are 320 × 280 and 319 × 280.
  for (const canvas of await page.locator('[data-figure="edges"] .edge-stage canvas').all()) {
    const shape = await canvas.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const { width, height } = element as HTMLCanvasElement;
      return { shown: box.width / box.height, drawn: width / height };
    });
    expect(shape.shown).toBeCloseTo(shape.drawn, 2);
    expect(shape.shown).toBeGreaterThan(1.1);
  }
});

test('printed from the browser’s menu before the figures below are drawn, each says so in a line instead of a blank half page', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('[data-figure="sparse"] svg[data-panel="conv"]')).toBeVisible();
  // The browser prints at once: no beforeprint wait can bring figures still loading.
  await page.emulateMedia({ media: 'print' });
  const waiting = page.locator('[data-figure="cost"] .figure__placeholder');
  await expect(waiting).toHaveCount(1);
  await expect(waiting.locator('.figure__print-note')).toHaveText(
    'This figure was still loading when printing began. Print again with Ctrl+P (⌘+P on a Mac) in the lab: it waits until every figure is drawn.',
  );
  await expect(waiting.locator('.figure__loading')).toBeHidden();
  expect((await waiting.boundingBox())?.height ?? 0).toBeLessThan(100);
  await page.emulateMedia({ media: 'screen' });
  await expect(waiting.locator('.figure__print-note')).toBeHidden();
});
