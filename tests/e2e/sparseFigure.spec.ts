import { traceInfluence, traceReceptiveField } from '../../src/engine/index.ts';
import { expect, highlighted, markedKeys, test } from './fixtures.ts';

const bookSpec = {
  input: { size: 5 },
  layers: [{ kind: 'conv', kernel: 3, stride: 1, dilation: 1, padding: 'same' }],
};
const denseSpec = { input: { size: 5 }, layers: [{ kind: 'dense', units: 5 }] };

const figure = '[data-figure="sparse"]';
const unit = (panel: string, key: string) => `${figure} svg[data-panel="${panel}"] [data-unit="${key}"]`;
const setting = (name: string) => `${figure} [data-setting="${name}"]`;
const live = `${figure} [data-live]`;

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(`${figure} svg[data-panel="conv"] [data-unit]`)).toHaveCount(10);
});

test('opens on the book figure: five inputs and five outputs in each panel, nothing selected', async ({
  page,
}) => {
  await expect(page.locator(figure)).toBeVisible();
  await expect(page.locator(`${figure} svg[data-panel="dense"] [data-unit]`)).toHaveCount(10);
  await expect(page.locator('[data-selected]')).toHaveCount(0);
  await expect(page.locator(live)).toHaveText('Nothing selected.');
  await expect(page.locator(unit('conv', '0:2'))).toHaveAttribute('aria-label', 'x₃, input 3 of 5');
});

for (const index of [0, 2, 4]) {
  test(`clicking input x${index + 1} lights exactly the outputs the engine reaches, in both panels`, async ({
    page,
  }) => {
    await page.locator(unit('conv', `0:${index}`)).click();
    await expect(page).toHaveURL(new RegExp(`sparse.sel=0:${index}`));
    await expect(page.locator(`${figure} [data-selected]`)).toHaveCount(2);
    const expectedConv = markedKeys(traceInfluence(bookSpec, 0, index), `0:${index}`);
    const expectedDense = markedKeys(traceInfluence(denseSpec, 0, index), `0:${index}`);
    await expect.poll(async () => (await highlighted(page, 'conv')).influence).toEqual(expectedConv);
    expect(await highlighted(page, 'dense')).toEqual({
      selected: [`0:${index}`],
      receptive: [],
      influence: expectedDense,
    });
    expect(expectedDense).toHaveLength(5);
  });
}

test('clicking output s₃ lights its receptive field: three inputs for the convolution, all five for dense', async ({
  page,
}) => {
  await page.locator(unit('dense', '1:2')).click();
  const expectedConv = markedKeys(traceReceptiveField(bookSpec, 1, 2), '1:2');
  await expect.poll(async () => (await highlighted(page, 'conv')).receptive).toEqual(expectedConv);
  expect(expectedConv).toEqual(['0:1', '0:2', '0:3']);
  expect((await highlighted(page, 'dense')).receptive).toEqual(['0:0', '0:1', '0:2', '0:3', '0:4']);
  await expect(page.locator(live)).toContainText(
    'Convolution (kernel width 3): s₃ sees x₂, x₃, x₄: 3 of 5 inputs.',
  );
  await expect(page.locator(live)).toContainText('Dense (matrix multiplication): s₃ sees all 5 inputs.');
});

test('changing length, kernel, stride, dilation and padding redraws the figure as the engine computes it', async ({
  page,
}) => {
  // With a mouse, the length slider runs to its end: 256 inputs.
  await expect(page.locator(setting('inputLength'))).toHaveAttribute('max', '256');
  await page.locator(setting('inputLength')).fill('12');
  await page.locator(setting('kernel')).fill('3');
  await page.locator(setting('dilation')).fill('2');
  await page.locator(setting('stride')).fill('2');
  await page.locator(setting('padding')).selectOption('valid');
  // (12 − 2·(3 − 1) − 1) / 2 + 1 = 4 outputs.
  await expect(page.locator(`${figure} svg[data-panel="conv"] [data-unit^="1:"]`)).toHaveCount(4);
  await expect(page.locator(`${figure} svg[data-panel="dense"] [data-unit^="1:"]`)).toHaveCount(4);
  await page.locator(unit('conv', '1:1')).click();
  const spec = {
    input: { size: 12 },
    layers: [{ kind: 'conv', kernel: 3, stride: 2, dilation: 2, padding: 'valid' }],
  };
  const expected = markedKeys(traceReceptiveField(spec, 1, 1), '1:1');
  // Output 1 starts at input 2 and takes every second input: x₃, x₅, x₇, with holes between.
  expect(expected).toEqual(['0:2', '0:4', '0:6']);
  await expect.poll(async () => (await highlighted(page, 'conv')).receptive).toEqual(expected);
  await expect(page).toHaveURL(/sparse.inputLength=12/);
  await expect(page.locator(`${figure} [data-count="weights"] td[data-column="dense"]`)).toHaveText('48');
  await expect(page.locator(`${figure} [data-count="weights"] td[data-column="conv"]`)).toHaveText('3');
});

test('by keyboard alone: Tab into the figure, arrows move, Enter selects, Escape clears', async ({
  page,
}) => {
  await page.locator(unit('conv', '0:0')).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(unit('conv', '1:2'))).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(live)).toContainText('s₃ sees x₂, x₃, x₄');
  await expect(page.locator(unit('conv', '1:2'))).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-selected]')).toHaveCount(0);
  await expect(page.locator(live)).toHaveText('Nothing selected.');
});

test('Tab order reaches every control and then one unit per panel', async ({ page }) => {
  await page.locator(`${figure} h2`).click();
  const reached: string[] = [];
  for (let step = 0; step < 28; step += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        return (
          element?.getAttribute('data-unit') ??
          element?.getAttribute('data-setting') ??
          element?.tagName ??
          ''
        );
      }),
    );
  }
  for (const setting of ['inputLength', 'kernel', 'stride', 'dilation', 'padding', 'question-kind'])
    expect(reached).toContain(setting);
  expect(reached.filter((key) => key === '0:0')).toHaveLength(2);
});

test('a shared link restores the figure and the selection, and survives a reload', async ({ page }) => {
  await page.goto('./?v=1&sparse.inputLength=7&sparse.kernel=5&sparse.sel=1:3');
  await expect(page.locator(`${figure} svg[data-panel="conv"] [data-unit^="0:"]`)).toHaveCount(7);
  const spec = {
    input: { size: 7 },
    layers: [{ kind: 'conv', kernel: 5, stride: 1, dilation: 1, padding: 'same' }],
  };
  const expected = markedKeys(traceReceptiveField(spec, 1, 3), '1:3');
  await expect.poll(async () => (await highlighted(page, 'conv')).receptive).toEqual(expected);
  await page.reload();
  await expect.poll(async () => (await highlighted(page, 'conv')).receptive).toEqual(expected);
  await expect(page.locator(setting('kernel'))).toHaveValue('5');
});

test('the language switch turns the page to Chinese, and the choice is kept in the link', async ({
  page,
}) => {
  await page.locator(unit('conv', '1:2')).click();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('感受野实验室');
  await expect(page.locator(live)).toContainText(
    '卷积（核宽度 3）：s₃ 的感受野是 x₂、x₃、x₄，即 5 个输入中的 3 个。',
  );
  await expect(page).toHaveURL(/lang=zh/);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('感受野实验室');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Receptive Field Lab');
});

test('a malformed link shows specific notices and a working figure', async ({ page }) => {
  await page.goto(
    './?v=7&sparse.inputLength=banana&sparse.kernel=99999&sparse.padding=%3Cimg%20src%3Dx%3E&sparse.sel=9:9&lang=xx',
  );
  // Version, length, kernel, padding, selection and language: six notices.
  await expect(page.locator('[data-notice]')).toHaveCount(6);
  await expect(page.locator('[data-notice="notice.url.badNumber"]')).toContainText('“banana”');
  // A notice names the control a reader knows, with the key the link writes.
  await expect(page.locator('[data-notice="notice.url.badNumber"]')).toContainText(
    '“Input length m” (sparse.inputLength)',
  );

  await expect(page.locator('[data-notice="notice.url.outOfRange"]')).toContainText('99999');
  await expect(page.locator('img')).toHaveCount(0);
  await page.locator(unit('conv', '0:0')).click();
  await expect(page.locator('[data-selected]')).toHaveCount(2);
  await page.locator('[data-notice="notice.url.badNumber"] button').click();
  await expect(page.locator('[data-notice]')).toHaveCount(5);
});

test('an impossible layer is explained and the last possible figure stays, with the user’s settings kept', async ({
  page,
}) => {
  await page.locator(unit('conv', '0:1')).click();
  await page.locator(setting('padding')).selectOption('valid');
  await page.locator(setting('kernel')).fill('9');
  await expect(page.locator(`${figure} [data-issue="windowLargerThanInput"]`)).toContainText(
    'Layer 1: the kernel spans 9 inputs (9 taps, dilation 1) but its padded input has only 5.',
  );
  await expect(page.locator(setting('kernel'))).toHaveValue('9');
  await expect(page.locator('[data-selected]')).toHaveCount(2);
  await page.locator(setting('inputLength')).fill('10');
  await expect(page.locator('[data-issue]')).toHaveCount(0);
  await expect(page.locator(`${figure} svg[data-panel="conv"] [data-unit^="1:"]`)).toHaveCount(2);
});

test('with 256 inputs the dense panel’s 65,536 connections go to a canvas, and hovering still lights fields', async ({
  page,
}) => {
  await page.goto('./?sparse.inputLength=256&sparse.kernel=5');
  const dense = page.locator(`${figure} svg[data-panel="dense"]`);
  await expect(dense).toHaveAttribute('data-edges', String(256 * 256));
  await expect(page.locator(`${figure} figure[data-panel="dense"] [data-edge-canvas]`)).toHaveCount(1);
  // The convolution keeps SVG edges: 256 outputs × 5 taps, less the 2 + 1 + 1 + 2 taps that fall on padding.
  await expect(page.locator(`${figure} svg[data-panel="conv"]`)).toHaveAttribute(
    'data-edges',
    String(256 * 5 - 6),
  );
  await expect(page.locator(`${figure} figure[data-panel="conv"] [data-edge-canvas]`)).toHaveCount(0);
  await page.locator(unit('conv', '1:100')).hover();
  const spec = {
    input: { size: 256 },
    layers: [{ kind: 'conv', kernel: 5, stride: 1, dilation: 1, padding: 'same' }],
  };
  await expect
    .poll(async () => (await highlighted(page, 'conv')).receptive)
    .toEqual(markedKeys(traceReceptiveField(spec, 1, 100), '1:100'));
  // Hovering previews; it does not select.
  await expect(page.locator('[data-selected]')).toHaveCount(0);
});
