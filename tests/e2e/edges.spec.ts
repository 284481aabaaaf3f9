import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const figure = '[data-figure="edges"]';
const count = (page: Page, id: string) => page.locator(`${figure} [data-count="${id}"]`);
const live = (page: Page) => page.locator(`${figure} [data-live]`);
const grid = (page: Page, layer: number) => page.locator(`${figure} [data-layer-grid="${layer}"]`);

/** The book's numbers for fig. 9.6 (§9.2), written as the figure formats them in both languages. */
const BOOK = {
  outputs: '89,320',
  'conv-flops': '267,960',
  'sparse-nonzeros': '178,640',
  'dense-entries': '8,003,072,000',
  'dense-flops': '16,006,144,000',
  'flops-ratio': '59,733',
};

/** Reads "y(r, c) = x(r, c+1) − x(r, c) = a − b = d" from the live sentence. */
async function readDifference(page: Page) {
  // Names keep their coordinates together with a no-break space.
  const text = ((await live(page).textContent()) ?? '').replaceAll('\u00a0', ' ');
  const match =
    /y\((\d+), (\d+)\) = x\((\d+), (\d+)\) − x\((\d+), (\d+)\) = (−?\d+\.\d+) − (−?\d+\.\d+) (=|≈) (−?\d+\.\d+)/.exec(
      text,
    );
  if (!match) throw new Error(`no difference in: ${text}`);
  const number = (value: string) => Number(value.replace('−', '-'));
  return {
    output: [Number(match[1]), Number(match[2])],
    right: [Number(match[3]), Number(match[4])],
    left: [Number(match[5]), Number(match[6])],
    values: [number(match[7]), number(match[8]), number(match[10])],
  };
}

/**
 * A point inside cell (row, col) of a grid on screen, from its `data-world` (fitted view), on whole
 * pixels: browsers report mouse clicks at whole pixels, and a cell here is under 2 px wide, so a
 * fractional centre could be reported in the next cell.
 */
async function cellPoint(page: Page, layer: number, row: number, col: number, cellOffset = 0) {
  const frame = grid(page, layer).locator('.grid-canvas');
  const world = (await frame.getAttribute('data-world'))?.split(',').map(Number) ?? [];
  const box = await frame.locator('canvas').boundingBox();
  if (!box || world.length !== 4) throw new Error('grid not drawn');
  const scale = box.width / world[2];
  // Cell (row, col) spans world [c − ½, c + ½) × [r − ½, r + ½), with c = col + cellOffset (the edge
  // map's cells sit half a pixel right of the photo's, between the two pixels they read).
  const inside = (start: number, centre: number) => {
    const low = start + (centre - 0.5 - 0) * scale;
    const high = low + scale;
    const middle = Math.floor((low + high) / 2);
    return middle >= low ? middle : Math.ceil(low);
  };
  return { x: inside(box.x, col + cellOffset - world[0]), y: inside(box.y, row - world[1]) };
}

test('at 320 × 280 with [−1, 1] the counts are the book’s, in English and in Chinese', async ({ page }) => {
  await page.goto('./?embed=edges');
  for (const [id, text] of Object.entries(BOOK)) await expect(count(page, id)).toHaveText(text);
  await expect(grid(page, 0)).toContainText('320 × 280');
  await expect(grid(page, 1)).toContainText('319 × 280');
  await page.goto('./?embed=edges&lang=zh');
  for (const [id, text] of Object.entries(BOOK)) await expect(count(page, id)).toHaveText(text);
  await expect(grid(page, 1)).toContainText('边缘图');
});

test('the counts follow the kernel: Sobel x on 280 × 320', async ({ page }) => {
  await page.goto('./?embed=edges&edges.kernel=sobel-x');
  // A 3 × 3 window without padding: 278 × 318 = 88,404 outputs of 9 taps; 17 operations each
  // (9 multiplications, 8 additions) = 1,502,868; 9 non-zeros each = 795,636; the dense matrix has
  // 89,600 × 88,404 = 7,920,998,400 entries and twice as many operations; 179,200 / 17 ≈ 10,541.
  await expect(count(page, 'outputs')).toHaveText('88,404');
  await expect(count(page, 'conv-flops')).toHaveText('1,502,868');
  await expect(count(page, 'sparse-nonzeros')).toHaveText('795,636');
  await expect(count(page, 'dense-entries')).toHaveText('7,920,998,400');
  await expect(count(page, 'dense-flops')).toHaveText('15,841,996,800');
  await expect(count(page, 'flops-ratio')).toHaveText('10,541');
});

test('a selected output from a link reads its two pixels, which light on the photo, and its matrix row', async ({
  page,
}) => {
  // Output 40,000 of a 319-wide map: row 125, column 125 (40,000 = 125 · 319 + 125).
  await page.goto('./?embed=edges&edges.sel=1:40000');
  const read = await readDifference(page);
  expect(read.output).toEqual([125, 125]);
  expect(read.right).toEqual([125, 126]);
  expect(read.left).toEqual([125, 125]);
  const [right, left, difference] = read.values;
  expect(Math.abs(right - left - difference)).toBeLessThanOrEqual(0.0015);
  for (const value of [right, left]) expect(value).toBeGreaterThanOrEqual(0);
  // The photo's lit set is those two pixels: rows 125–125, columns 125–126.
  await expect(grid(page, 0)).toHaveAttribute('data-field-count', '2');
  await expect(grid(page, 0)).toHaveAttribute('data-field-box', '125,125,125,126');
  // Row 125 of the output reads input entries 125 · 320 + 125 = 40,125 and 40,126 of 89,600.
  await expect(page.locator(`${figure} [data-matrix-row]`)).toContainText('columns 40,125, 40,126');
  await expect(page.locator(`${figure} [data-matrix-row]`)).toContainText('89,600');
  await expect(page.locator(`${figure} [data-edge-inset]`)).toBeVisible();
});

test('click, keyboard and the link agree on the selected output', async ({ page }) => {
  await page.goto('./?embed=edges');
  await expect(count(page, 'outputs')).toHaveText(BOOK.outputs);
  const point = await cellPoint(page, 1, 60, 200, 0.5);
  await page.mouse.click(point.x, point.y);
  await expect.poll(async () => (await readDifference(page)).output).toEqual([60, 200]);
  await expect(page).toHaveURL(/edges\.sel=1%3A19340|edges\.sel=1:19340/);
  // Keyboard: the map grid has focus after the click; right twice and down once, then Enter.
  await grid(page, 1).locator('.grid-canvas').focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
  await expect.poll(async () => (await readDifference(page)).output).toEqual([61, 202]);
  await expect(page).toHaveURL(/edges\.sel=1(%3A|:)19661/);
  // An input pixel of the photo feeds the outputs left of it and at it; the first of a row, one.
  const pixel = await cellPoint(page, 0, 10, 1);
  await page.mouse.click(pixel.x, pixel.y);
  await expect(live(page)).toContainText('x(10, 1) =');
  await expect(live(page)).toContainText('feeds 2 outputs: y(10, 0), y(10, 1)');
  await expect(grid(page, 1)).toHaveAttribute('data-field-count', '2');
  await grid(page, 0).locator('.grid-canvas').focus();
  for (const key of ['Home', 'Enter']) await page.keyboard.press(key);
  await expect(live(page)).toContainText('feeds 1 output: y(10, 0)');
  await expect(grid(page, 1)).toHaveAttribute('data-field-count', '1');
});

test('a kernel of another size keeps the selected output’s row and column, clamped to the new map', async ({
  page,
}) => {
  // y(125, 125) on the 319-wide map of [−1, 1] is index 125 · 319 + 125 = 40,000.
  await page.goto('./?embed=edges&edges.sel=1:40000');
  await expect(live(page)).toContainText('y(125, 125) =');
  const kernel = page.locator(`${figure} select[data-setting="kernel"]`);
  // Sobel x: 278 × 318, so the same output is 125 · 318 + 125 = 39,875.
  await kernel.selectOption('sobel-x');
  await expect(grid(page, 1)).toContainText('318 × 278');
  await expect(live(page)).toContainText('y(125, 125) =');
  await expect(page).toHaveURL(/edges\.sel=1(%3A|:)39875(&|$)/);
  // Sobel x is [−1 0 1; −2 0 2; −1 0 1]: its window holds 9 pixels, its middle column 3 zero weights.
  await expect(live(page)).toContainText('Its window covers 9 input pixels');
  await expect(live(page)).toContainText('gives 3 of them the weight 0');
  await expect(page.locator(`${figure} [data-matrix-row]`)).toContainText('9 entries among 89,600');
  await expect(page.locator(`${figure} [data-matrix-row]`)).toContainText('6 of them are non-zero');
  // The last output of the 319-wide map, y(279, 318), is outside Sobel's map: it becomes its
  // corner y(277, 317), index 277 · 318 + 317 = 88,403.
  await kernel.selectOption('book');
  await page.goto('./?embed=edges&edges.sel=1:89319');
  await expect(live(page)).toContainText('y(279, 318) =');
  await kernel.selectOption('sobel-x');
  await expect(live(page)).toContainText('y(277, 317) =');
  await expect(page).toHaveURL(/edges\.sel=1(%3A|:)88403(&|$)/);
});

test('a shift typed beyond its limit becomes the limit, not the digits typed on the way', async ({
  page,
}) => {
  await page.goto('./?embed=edges');
  const dx = page.locator(`${figure} [data-setting="shift-dx"]`);
  // Half of 320 columns is 160, so 64 (the largest shift) is the limit; "100" passes through 10.
  await dx.fill('');
  await dx.pressSequentially('100');
  await dx.blur();
  await expect(dx).toHaveValue('64');
  await expect(page).toHaveURL(/edges\.shift=64(%2C|,)5/);
  const dy = page.locator(`${figure} [data-setting="shift-dy"]`);
  await dy.fill('-70');
  await dy.press('Enter');
  await expect(dy).toHaveValue('-64');
  await expect(page).toHaveURL(/edges\.shift=64(%2C|,)-64/);
});

test('the absolute value switch and the kernel picker redraw the map and its legend', async ({ page }) => {
  await page.goto('./?embed=edges');
  const legend = page.locator(`${figure} [data-edge-legend]`);
  await expect(legend).toContainText('darker to the right');
  await page.locator(`${figure} input[data-setting="abs"]`).check();
  await expect(legend).toContainText('0: no edge');
  await expect(page).toHaveURL(/edges\.abs=1/);
  await page.locator(`${figure} select[data-setting="kernel"]`).selectOption('laplacian');
  await expect(page).toHaveURL(/edges\.kernel=laplacian/);
  await expect(grid(page, 1)).toContainText('318 × 278');
});

test('the dense layer runs for real with progress and can be cancelled; finished, it gives the same map', async ({
  page,
}) => {
  await page.goto('./?embed=edges');
  const run = page.locator(`${figure} [data-action="run-dense"]`);
  await run.click();
  const bar = page.locator(`${figure} [role="progressbar"]`);
  await expect(bar).toBeVisible();
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await page.locator(`${figure} [data-action="cancel-dense"]`).click();
  await expect(page.locator(`${figure} [data-dense-run="cancelled"]`)).toBeVisible();
  await expect(bar).toHaveCount(0);
  // The whole 8 × 10⁹ run is timed by npm run bench; here a small image runs to the end.
  await page.locator(`${figure} input[type=file]`).setInputFiles({
    name: 'small.png',
    mimeType: 'image/png',
    buffer: await pngOf(page, 40, 30),
  });
  await expect(count(page, 'outputs')).toHaveText('1,170');
  await run.click();
  await expect(page.locator(`${figure} [data-dense-run="done"]`)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(`${figure} [data-dense-difference]`)).toHaveAttribute(
    'data-dense-difference',
    '0',
  );
  // 1,200 inputs: 2 · 1,200 / 3 = 800 times the operations.
  await expect(page.locator(`${figure} .dense-run__result`)).toContainText('the counts predict 800×');
});

/** A PNG of `width × height` made by the browser itself. */
async function pngOf(page: Page, width: number, height: number): Promise<Buffer> {
  const data = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.fillStyle = '#202020';
      context.fillRect(0, 0, w, h);
      context.fillStyle = '#f0f0f0';
      context.fillRect(Math.floor(w / 2), 0, w, h);
      return canvas.toDataURL('image/png').split(',')[1];
    },
    [width, height],
  );
  return Buffer.from(data, 'base64');
}

/** The first 33 bytes of a PNG that says it is `width × height` (signature and IHDR), then nothing. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'ascii');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.set([8, 6, 0, 0, 0], 24);
  return header;
}

test('an image of one’s own: counts follow its size; bad files get their message and the image stays', async ({
  page,
}) => {
  await page.goto('./?embed=edges');
  await expect(count(page, 'outputs')).toHaveText(BOOK.outputs);
  const chooser = page.locator(`${figure} input[type=file]`);
  await chooser.setInputFiles({
    name: 'halves.png',
    mimeType: 'image/png',
    buffer: await pngOf(page, 40, 30),
  });
  await expect(page.locator(`${figure} [data-own-image="halves.png"]`)).toBeVisible();
  // 30 × 40 with [−1, 1]: 30 × 39 = 1,170 outputs, 3,510 operations, 1,200 × 1,170 = 1,404,000 entries.
  await expect(count(page, 'outputs')).toHaveText('1,170');
  await expect(count(page, 'conv-flops')).toHaveText('3,510');
  await expect(count(page, 'dense-entries')).toHaveText('1,404,000');
  await expect(page).not.toHaveURL(/halves/);
  // The step from dark to light at column 20: output (0, 19) is the only large one on row 0.
  const point = await cellPoint(page, 1, 0, 19, 0.5);
  await page.mouse.click(point.x, point.y);
  const read = await readDifference(page);
  expect(read.output).toEqual([0, 19]);
  expect(read.values[2]).toBeGreaterThan(0.7);

  const notices = page.locator('[data-notice]');
  const cases: [string, { name: string; mimeType: string; buffer: Buffer }][] = [
    ['is an empty file', { name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) }],
    ['is not an image', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, world') }],
    [
      'contains script',
      {
        name: 'evil.svg',
        mimeType: 'image/svg+xml',
        buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
    ],
    [
      '20,000 × 20,000 pixels',
      { name: 'huge.png', mimeType: 'image/png', buffer: pngHeader(20_000, 20_000) },
    ],
    ['looks damaged', { name: 'broken.png', mimeType: 'image/png', buffer: pngHeader(64, 64) }],
  ];
  for (const [message, file] of cases) {
    await chooser.setInputFiles(file);
    // Said beside the picker, where the file was chosen; each refusal replaces the one before.
    await expect(notices.filter({ hasText: file.name }).filter({ hasText: message })).toBeVisible();
    await expect(page.locator(`${figure} [data-image-problem]`)).toContainText(message);
    await expect(notices).toHaveCount(1);
    await expect(page.locator(`${figure} [data-own-image="halves.png"]`)).toBeVisible();
    await expect(count(page, 'outputs')).toHaveText('1,170');
  }
  await page.locator(`${figure} [data-action="back-to-photo"]`).click();
  await expect(count(page, 'outputs')).toHaveText(BOOK.outputs);
  // A good image settles the refusal: its message goes.
  await expect(notices).toHaveCount(0);
  // A photo of another shape: 512 × 512 is scaled to 480 × 480, so 480 × 479 = 229,920 outputs,
  // and every part of the figure (the shift check, the learning curves) follows without a page error.
  await chooser.setInputFiles('public/photos/astronaut.jpg');
  await expect(count(page, 'outputs')).toHaveText('229,920');
  await expect(page.locator(`${figure} [data-own-image]`)).toContainText(
    'scaled down from 512 × 512 to 480 × 480 pixels',
  );
  await expect(page.locator(`${figure} [data-image-check]`)).toBeVisible();
  await expect(page.locator(`${figure} [data-check-image="transformed"] canvas`)).toHaveJSProperty(
    'width',
    480,
  );
  await expect(page.locator(`${figure} [data-conv-exact]`)).toBeVisible({ timeout: 20_000 });
});

test('an image dropped on the figure or pasted into it is taken like a chosen one', async ({ page }) => {
  await page.goto('./?embed=edges');
  await expect(count(page, 'outputs')).toHaveText(BOOK.outputs);
  const base64 = (await pngOf(page, 20, 10)).toString('base64');
  for (const kind of ['drop', 'paste'] as const) {
    await page.evaluate(
      ([data, type]) => {
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const file = new File([bytes], `${type}.png`, { type: 'image/png' });
        const transfer = new DataTransfer();
        transfer.items.add(file);
        const target = document.querySelector('[data-figure="edges"] .edges');
        if (!target) throw new Error('no figure');
        const event =
          type === 'drop'
            ? new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
            : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
      },
      [base64, kind],
    );
    await expect(page.locator(`${figure} [data-own-image="${kind}.png"]`)).toBeVisible();
    // 10 × 20: 10 × 19 = 190 outputs.
    await expect(count(page, 'outputs')).toHaveText('190');
    if (kind === 'drop') {
      // A small image is said as the book says sizes, width × height, and the parts of the figure fit it:
      await expect(page.locator(`${figure} [data-own-image]`)).toContainText('20 × 10 pixels');
      // the dense matrix, 200 × 190 entries of 4 bytes = 152,000 bytes, in kB, not "0 GB";
      await expect(page.locator(`${figure} .dense-run`)).toContainText(
        'the whole matrix (150 kB) is never stored',
      );
      // the link's shift (12, 5) is limited to half the image: 10 columns, 5 rows;
      await expect(page.locator(`${figure} [data-shift-limited]`)).toContainText('(10, 5)');
      await expect(page.locator(`${figure} [data-setting="shift-dx"]`)).toHaveValue('10');
      // and the dense layer's learning stops at the (10 − 10 + 1)(20 − 10 + 1) = 11 crops it has.
      await expect(page.locator(`${figure} [data-dense-exact]`)).toContainText(
        'only 11 different 10 × 10 crops',
      );
    }
    await page.locator(`${figure} [data-action="back-to-photo"]`).click();
    await expect(count(page, 'outputs')).toHaveText(BOOK.outputs);
  }
});
