import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect, highlighted, showFigure, test } from './fixtures.ts';

const section = (figure: string) => `[data-figure="${figure}"]`;

/**
 * Clicks an export button and returns the downloaded file's name and bytes. `dispatch` sends the
 * click to the button itself rather than to the point on screen where it was a moment before (the
 * page may still be moving as figures arrive).
 */
async function download(
  page: Page,
  button: Locator,
  dispatch = false,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dispatch ? button.dispatchEvent('click') : button.click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** What an exported SVG holds, read with the browser's own XML parser. */
interface ParsedSvg {
  parseError: string | null;
  rootName: string;
  width: number;
  height: number;
  /** Text of the `<text>` elements directly under the root: title, labels, caption lines, source. */
  texts: string[];
  /** Per drawn panel (`data-panel`): its unit count, the selected units and the units of each field. */
  panels: Record<string, { units: number; selected: string[]; receptive: string[]; influence: string[] }>;
  units: number;
  nestedSvgs: number;
  /**
   * Typeset formulas: per `<switch>`, the MathML elements its HTML choice holds, and the words of
   * its fallback for viewers that draw no HTML in SVG.
   */
  formulas: { math: number; words: string }[];
}

/**
 * Reads an exported SVG in a blank page of the same browser: the lab's page, under its strict
 * Content-Security-Policy, would refuse the file's style attributes as inline styles.
 */
async function parseSvg(page: Page, markup: string): Promise<ParsedSvg> {
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = document.querySelector('parsererror');
    const root = document.documentElement;
    const keys = (scope: Element, selector: string) =>
      Array.from(scope.querySelectorAll(selector), (node) => node.getAttribute('data-unit') ?? '');
    const panels: ParsedSvg['panels'] = {};
    for (const panel of root.querySelectorAll('svg[data-panel]')) {
      panels[panel.getAttribute('data-panel') ?? ''] = {
        units: panel.querySelectorAll('[data-unit]').length,
        selected: keys(panel, '[data-selected]'),
        receptive: keys(panel, '[data-field="receptive"]'),
        influence: keys(panel, '[data-field="influence"]'),
      };
    }
    return {
      parseError: error ? (error.textContent ?? 'parsererror') : null,
      rootName: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(root.querySelectorAll(':scope > text'), (node) => node.textContent ?? ''),
      panels,
      units: root.querySelectorAll('[data-unit]').length,
      nestedSvgs: root.querySelectorAll('svg').length,
      formulas: Array.from(root.querySelectorAll(':scope > switch'), (choice) => ({
        math: choice.querySelectorAll('foreignObject[requiredExtensions="http://www.w3.org/1999/xhtml"] math')
          .length,
        words: Array.from(
          choice.querySelectorAll(':scope > g > text'),
          (node) => node.textContent ?? '',
        ).join(' '),
      })),
    };
  }, markup);
  await blank.close();
  return parsed;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Red, green, blue and alpha of a PNG's top-left pixel (8-bit RGBA, non-interlaced). Every PNG row
 * filter leaves the first pixel of the first row as stored, since its left and upper neighbours are 0.
 */
function firstPixel(bytes: Buffer): number[] {
  expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]);
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.subarray(offset + 4, offset + 8).toString('ascii') === 'IDAT')
      chunks.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return [...inflateSync(Buffer.concat(chunks)).subarray(1, 5)];
}

/** The caption as the page shows it, and as the export's wrapped lines give it back. */
const joinLines = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ').trim();

/** A figure's caption on the page: what it shows, and what to try on screen (said after it). */
async function captionOf(page: Page, figure: string) {
  const caption = page.locator(`${figure} > p.caption`);
  const task = (await caption.locator('.caption__task').textContent())?.trim() ?? '';
  const whole = (await caption.textContent()) ?? '';
  return { caption: whole.slice(0, whole.length - task.length).trim(), task };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(`${section('sparse')} svg[data-panel="conv"] [data-unit]`)).toHaveCount(10);
});

test('the SVG of the sparse figure holds the same units, selection and field as the page, with title and caption', async ({
  page,
}) => {
  const figure = section('sparse');
  await page.locator(`${figure} svg[data-panel="conv"] [data-unit="1:2"]`).click();
  await expect.poll(async () => (await highlighted(page, 'conv')).receptive).toHaveLength(3);
  const onPage = { conv: await highlighted(page, 'conv'), dense: await highlighted(page, 'dense') };
  const file = await download(page, page.locator(`${figure} [data-action="export-svg"]`));
  expect(file.name).toBe('receptive-field-lab-sparse.svg');
  const markup = file.bytes.toString('utf8');
  expect(markup.startsWith('<?xml')).toBe(true);
  const svg = await parseSvg(page, markup);
  expect(svg.parseError).toBeNull();
  expect(svg.rootName).toBe('svg');
  expect(svg.width).toBeGreaterThan(0);
  expect(svg.height).toBeGreaterThan(0);
  expect(svg.units).toBe(await page.locator(`${figure} [data-unit]`).count());
  expect(svg.units).toBe(20);
  for (const panel of ['conv', 'dense'] as const) {
    expect(svg.panels[panel]).toEqual({ units: 10, ...onPage[panel] });
  }
  // s₃ selected in both panels; x₂…x₄ in the conv field, all five inputs in the dense one.
  expect(svg.panels.conv.selected).toEqual(['1:2']);
  expect(svg.panels.conv.receptive).toEqual(['0:1', '0:2', '0:3']);
  expect(svg.panels.dense.receptive).toHaveLength(5);
  expect(svg.texts[0]).toBe('Sparse interactions');
  const { caption, task } = await captionOf(page, figure);
  expect(caption.length).toBeGreaterThan(100);
  expect(joinLines(svg.texts)).toContain(caption);
  // What to click is said on screen only: a file is read, not clicked.
  expect(task).toContain('Select an input');
  expect(joinLines(svg.texts)).not.toContain(task.slice(0, 30));
  expect(joinLines(svg.texts)).toContain('Deep Learning §9.2, figs. 9.2, 9.3');
});

test('without the caption box, the SVG leaves the caption out and is shorter', async ({ page }) => {
  const figure = section('sparse');
  const withCaption = await parseSvg(
    page,
    (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString('utf8'),
  );
  await page.locator(`${figure} [data-setting="exportCaption"]`).uncheck();
  await expect(page.locator(`${figure} [data-setting="exportCaption"]`)).not.toBeChecked();
  const without = await parseSvg(
    page,
    (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString('utf8'),
  );
  const { caption } = await captionOf(page, figure);
  expect(joinLines(withCaption.texts)).toContain(caption);
  expect(joinLines(without.texts)).not.toContain(caption.slice(0, 40));
  expect(without.texts[0]).toBe('Sparse interactions');
  expect(joinLines(without.texts)).toContain('Deep Learning §9.2, figs. 9.2, 9.3');
  expect(without.height).toBeLessThan(withCaption.height);
  expect(without.width).toBe(withCaption.width);
});

test('the SVG names each panel, as the page does', async ({ page }) => {
  const figure = section('sparse');
  const svg = await parseSvg(
    page,
    (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString('utf8'),
  );
  // Without these a slide cannot tell the convolution from the dense layer.
  const titles = await page.locator(`${figure} figure[data-panel] > figcaption`).allTextContents();
  expect(titles).toEqual(['Convolution (kernel width 3)', 'Dense (matrix multiplication)']);
  for (const title of titles) expect(svg.texts).toContain(title);
});

test('a unit label drawn beside its unit keeps its halo under the letters in the SVG', async ({ page }) => {
  // In a course's 900 px column its 13 units a layer are too small for their names: drawn beside.
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('./?embed=deep');
  const figure = '[data-embed="deep"] [data-figure="deep"]';
  await expect(page.locator(`${figure} .unit__label--beside`).first()).toBeVisible();
  const markup = (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString(
    'utf8',
  );
  const blank = await page.context().newPage();
  // Each label with a stroke (its halo of paper) and the order it is painted in.
  const halos = await blank.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return Array.from(document.querySelectorAll('[data-unit] text'), (label) => ({
      label: label.textContent,
      stroke: (label as SVGElement).style.getPropertyValue('stroke-width'),
      order: (label as SVGElement).style.getPropertyValue('paint-order'),
    })).filter((label) => label.stroke !== '' && Number.parseFloat(label.stroke) > 0);
  }, markup);
  await blank.close();
  // Painted after its letters, a 3 px halo of paper would hide them (x₁, h₁ … only white specks).
  expect(halos.length).toBeGreaterThan(0);
  for (const halo of halos) expect(halo.order, halo.label ?? '').toMatch(/^stroke/);
});

test('the PNG is a real PNG at twice the SVG’s size', async ({ page }) => {
  const figure = section('sparse');
  await page.locator(`${figure} svg[data-panel="dense"] [data-unit="0:4"]`).click();
  const svg = await parseSvg(
    page,
    (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString('utf8'),
  );
  const png = await download(page, page.locator(`${figure} [data-action="export-png"]`));
  expect(png.name).toBe('receptive-field-lab-sparse.png');
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThan(0);
  expect(size.height).toBeGreaterThan(0);
  // svgToPng draws at 2 device pixels per CSS pixel.
  expect(size.width).toBe(2 * svg.width);
  expect(size.height).toBe(2 * svg.height);
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('the equivariance figure, which draws charts and no units, exports as SVG and PNG', async ({ page }) => {
  const figure = section('equivariance');
  await showFigure(page, 'equivariance');
  await page.locator(`${figure} [data-setting="transform"]`).selectOption('stretch');
  await expect(page.locator(`${figure} [data-verdict]`)).toHaveAttribute('data-verdict', 'differ');
  const file = await download(page, page.locator(`${figure} [data-action="export-svg"]`));
  expect(file.name).toBe('receptive-field-lab-equivariance.svg');
  const svg = await parseSvg(page, file.bytes.toString('utf8'));
  expect(svg.parseError).toBeNull();
  expect(svg.units).toBe(0);
  // The root plus one drawing per chart on the page, each under its title.
  const chartTitles = await page.locator(`${figure} figure.chart > figcaption`).allTextContents();
  expect(chartTitles).toHaveLength(3);
  expect(svg.nestedSvgs).toBeGreaterThanOrEqual(1 + chartTitles.length);
  expect(svg.texts[0]).toBe('Equal treatment of every position');
  // The settings (the shift is left out: it does not apply to a stretch), and the measured result.
  expect(svg.texts[1]).toBe('Transform T: stretch ×2 · Kernel: edge [−1, 1]');
  for (const title of chartTitles) expect(svg.texts).toContain(title);
  const text = svg.texts.join(' ');
  expect(text).toContain('Largest difference away from the borders');
  expect(text).toContain('convolution is not equivariant to this transform');
  // Nothing was picked: the page's instruction to pick stays out of the file.
  expect(text).not.toContain('Click or tap a sample');
  const png = await download(page, page.locator(`${figure} [data-action="export-png"]`));
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('the cost figure exports its numbers, in Chinese too', async ({ page }) => {
  await page.goto('./?lang=zh');
  await showFigure(page, 'cost');
  const figure = section('cost');
  await expect(page.locator(`${figure} [data-row="dense"]`)).toHaveAttribute('data-parameters', '998000');
  const file = await download(page, page.locator(`${figure} [data-action="export-svg"]`));
  const svg = await parseSvg(page, file.bytes.toString('utf8'));
  expect(svg.parseError).toBeNull();
  expect(svg.texts[0]).toBe('用数字说话：开销');
  const png = await download(page, page.locator(`${figure} [data-action="export-png"]`));
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  // The figure is its table: m × n = 1,000 × 998 = 998,000 against k × n = 2,994 against k = 3.
  const text = `${svg.texts.join(' ')} ${file.bytes.toString('utf8')}`;
  for (const number of ['998,000', '2,994']) expect(text).toContain(number);
  // The settings line under the title uses Chinese full-width colons, not ASCII ones.
  const settings = svg.texts.find((line) => line.includes('输入长度')) ?? '';
  expect(settings).toContain('输入长度 m：1,000');
  expect(settings).not.toMatch(/[^\s]: /);
});

/** The paper and the title's ink of an exported SVG, read in a blank page. */
async function fileColours(page: Page, markup: string): Promise<{ background: string; ink: string }> {
  const blank = await page.context().newPage();
  const colours = await blank.evaluate((text) => {
    const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const title = root.querySelector(':scope > text') as SVGTextElement | null;
    return {
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? '',
      ink: title?.style.fill ?? '',
    };
  }, markup);
  await blank.close();
  // The paper as the styles spell it, #fff or #ffffff: in full, like the page's.
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colours.background);
  return short
    ? { ...colours, background: `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` }
    : colours;
}

test('on a dark page the export is on light paper, or on the page’s dark paper when asked', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const figure = section('sparse');
  // The page: #141414 paper, #ececec ink.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(20, 20, 20)',
  );
  const svg = async () =>
    (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString('utf8');
  // By default, light: a file goes on white slides and paper.
  expect(await fileColours(page, await svg())).toEqual({
    background: '#ffffff',
    ink: 'rgb(27, 27, 27)',
  });
  expect(
    firstPixel((await download(page, page.locator(`${figure} [data-action="export-png"]`))).bytes),
  ).toEqual([255, 255, 255, 255]);
  // The page went back to dark: the figure's own colours were lent only for the export.
  expect(await page.locator(figure).evaluate((element) => getComputedStyle(element).color)).toBe(
    'rgb(236, 236, 236)',
  );
  // Unticked, the page's dark paper behind its light ink.
  await page.locator(`${figure} [data-setting="exportLight"]`).uncheck();
  expect(await fileColours(page, await svg())).toEqual({
    background: '#141414',
    ink: 'rgb(236, 236, 236)',
  });
  expect(
    firstPixel((await download(page, page.locator(`${figure} [data-action="export-png"]`))).bytes),
  ).toEqual([20, 20, 20, 255]);
});

test('the edge figure exports its photo, map, sentence, counts and magnified pixels', async ({ page }) => {
  await page.goto('./?embed=edges&edges.sel=1:40000');
  const figure = section('edges');
  await expect(page.locator(`${figure} [data-count="dense-flops"]`)).toHaveText('16,006,144,000');
  await expect(page.locator(`${figure} [data-edge-inset]`)).toBeVisible();
  await expect(page.locator(`${figure} [data-conv-exact]`)).toBeVisible({ timeout: 20_000 });
  const file = await download(page, page.locator(`${figure} [data-action="export-svg"]`));
  expect(file.name).toBe('receptive-field-lab-edges.svg');
  const markup = file.bytes.toString('utf8');
  const svg = await parseSvg(page, markup);
  expect(svg.parseError).toBeNull();
  expect(svg.texts[0]).toBe('Edges on a real photo');
  // Under the title, the settings the controls showed: which photo and kernel, and the |y| switch.
  expect(svg.texts[1]).toBe('Photo: a cat (Chelsea) · Kernel: [−1, 1], the book’s · Absolute value |y|: off');
  const text = svg.texts.join(' ');
  // The counts table: its labels and the book's numbers.
  for (const number of ['89,320', '267,960', '178,640', '8,003,072,000', '16,006,144,000', '59,733']) {
    expect(text).toContain(number);
  }
  expect(text).toContain('Dense layer: operations');
  // The table's header row; each formula typeset (MathML), with its words whole on one line beside
  // it for a viewer that draws no HTML in SVG.
  for (const header of ['What', 'Formula', 'Count']) expect(svg.texts).toContain(header);
  expect(svg.formulas).toHaveLength(6);
  for (const formula of svg.formulas) expect(formula.math).toBeGreaterThanOrEqual(2);
  expect(svg.formulas[0].words).toMatch(/^n = \(H − k_h \+ 1\)\(W − k_w \+ 1\) = 280 × 319$/);
  // The sub-sections' introductions and the learning chart's key (which line is which); the dense
  // run, not made, has no result to print and is left out.
  expect(text).not.toContain('The same map as a dense layer');
  expect(text).toContain('Shift or rotate, then detect edges');
  expect(text).toContain('Convolution: 2 shared weights (circles, solid line)');
  expect(text).toContain('61,440 weights (squares, dashed line)');
  // The sentence, and the magnified pixels' and matrix row's titles.
  expect(text.replaceAll('\u00a0', ' ')).toContain('y(125, 125) = x(125, 126) − x(125, 125)');
  expect(text).toContain('Magnified around the selection');
  expect(text).toContain('row of the layer’s matrix');
  // The photo and the edge map (canvases) go in as images; the inset's values keep their centring.
  expect((markup.match(/<image /g) ?? []).length).toBeGreaterThanOrEqual(2);
  expect(markup).toMatch(/text-anchor: ?middle/);
  // A time measured on this machine is not part of the figure.
  expect(text).not.toContain('The convolution took');
  const png = await download(page, page.locator(`${figure} [data-action="export-png"]`));
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
});

test('the edge figure exports the photo and its edge map alone, for a slide', async ({ page }) => {
  await page.goto('./?embed=edges');
  const figure = section('edges');
  await expect(page.locator(`${figure} [data-count="outputs"]`)).toHaveText('89,320');
  await page.locator(`${figure} [data-setting="exportPart"]`).selectOption('maps');
  const file = await download(page, page.locator(`${figure} [data-action="export-svg"]`));
  // Saved under a name of its own, apart from the whole figure's.
  expect(file.name).toBe('receptive-field-lab-edges-maps.svg');
  const markup = file.bytes.toString('utf8');
  const svg = await parseSvg(page, markup);
  // Two pictures (photo and map), their titles and colour key; none of the counts or experiments.
  expect((markup.match(/<image /g) ?? []).length).toBe(2);
  expect(svg.texts).toContain('Input x: a cat (Chelsea), 320 × 280');
  expect(svg.texts).toContain('Edge map y, 319 × 280');
  const text = svg.texts.join(' ');
  for (const left of ['89,320', 'The same map as a dense layer', 'Labelled output pixels'])
    expect(text).not.toContain(left);
  // Landscape, as the pair is: two 320 × 280 pictures side by side and a line of key.
  expect(svg.width).toBeGreaterThan(svg.height);
  const png = await download(page, page.locator(`${figure} [data-action="export-png"]`));
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
});

test('the sharing figure’s export keeps the key to its weights: each swatch and name, in ink', async ({
  page,
}) => {
  await showFigure(page, 'sharing');
  const figure = section('sharing');
  const file = await download(page, page.locator(`${figure} [data-action="export-svg"]`));
  const markup = file.bytes.toString('utf8');
  const svg = await parseSvg(page, markup);
  for (const name of ['Kernel weights:', 'w₁', 'w₂', 'w₃']) expect(svg.texts).toContain(name);
  // The weight picked (w₂, drawn white on its dark button on the page) is in ink like the others.
  const blank = await page.context().newPage();
  const fills = await blank.evaluate((text) => {
    const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    return [...root.querySelectorAll(':scope > text')]
      .filter((node) => /^w[₁₂₃]$/.test(node.textContent ?? ''))
      .map((node) => (node as SVGTextElement).style.fill);
  }, markup);
  await blank.close();
  expect(fills).toEqual(['rgb(27, 27, 27)', 'rgb(27, 27, 27)', 'rgb(27, 27, 27)']);
});

test('a figure’s settings saved as a file open again in the figure, and a wrong file is refused', async ({
  page,
}) => {
  await page.goto('./?deep.pool=1&deep.sel=3:2');
  await showFigure(page, 'deep');
  const figure = section('deep');
  const saved = await download(page, page.locator(`${figure} [data-action="save-settings"]`));
  expect(saved.name).toBe('receptive-field-lab-deep.json');
  expect(JSON.parse(saved.bytes.toString('utf8')).settings).toEqual({ 'deep.pool': '1', 'deep.sel': '3:2' });
  // Change the figure, then open the file: back to the saved state.
  await page.locator(`${figure} [data-action="reset"]`).click();
  await expect(page.locator(`${figure} input[data-setting="pool"]`)).not.toBeChecked();
  const openFile = async (name: string, buffer: Buffer) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator(`${figure} [data-action="open-settings"]`).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer });
  };
  await openFile('week9.json', saved.bytes);
  await expect(page.locator(`${figure} input[data-setting="pool"]`)).toBeChecked();
  await expect(page.locator(`${figure} svg[data-panel="stack"] [data-selected]`)).toHaveAttribute(
    'data-unit',
    '3:2',
  );
  await expect(page).toHaveURL(/deep\.pool=1/);
  await expect(page.locator(`${figure} [data-settings-status]`)).toHaveText(
    'Settings opened from “week9.json”.',
  );
  await openFile('photo.json', Buffer.from('{"kind":"x"}'));
  // Said beside the button, where the teacher is looking.
  await expect(page.locator(`${figure} [data-settings-status]`)).toHaveText(
    'That file is not a figure’s settings saved by this lab; nothing was changed.',
  );
  await expect(page.locator(`${figure} input[data-setting="pool"]`)).toBeChecked();
});

test('an export asked for as its figure comes on screen waits for the figure and is full width', async ({
  page,
}) => {
  for (const figure of ['cost', 'tiling', 'variable']) {
    await page.goto('./');
    // The button is scrolled into view and clicked in the same moment, before the figure's code and
    // results have arrived. The click goes to the button itself: the figures around it are still
    // arriving and growing, and a click at the point where the button was could land on another
    // element (it did, once, on a busy machine: no download came).
    const button = page.locator(`${section(figure)} [data-action="export-svg"]`);
    await button.scrollIntoViewIfNeeded();
    const file = await download(page, button, true);
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.width, figure).toBeGreaterThan(400);
    // …and holds what the figure draws: the table's counts, or the diagrams' units.
    if (figure === 'cost')
      expect(svg.formulas.map((formula) => formula.words).join(' ')).toContain('998,000');
    else expect(svg.units, figure).toBeGreaterThan(10);
  }
});

test('on a phone, text the page hides from sight (the edge counts’ header row) stays out of the file', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./?embed=edges');
  const figure = '[data-figure="edges"]';
  await expect(page.locator(`${figure} [data-count="outputs"]`)).toHaveText('89,320');
  // On a phone the table stacks its rows and keeps its header row for screen readers only.
  const header = page.locator(`${figure} .edge-counts__table thead`);
  expect(await header.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  const svg = await parseSvg(
    page,
    (await download(page, page.locator(`${figure} [data-action="export-svg"]`))).bytes.toString('utf8'),
  );
  for (const hidden of ['What', 'Formula', 'Count']) expect(svg.texts).not.toContain(hidden);
  expect(svg.texts).toContain('Outputs');
});
