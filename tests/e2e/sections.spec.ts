import {
  analyzeNetwork,
  equivarianceCheck,
  traceInfluence,
  traceReceptiveField,
} from '../../src/engine/index.ts';
import { SCENES } from '../../src/figures/index.ts';
import { translate } from '../../src/i18n/index.ts';
import {
  type DeepStackSettings,
  deepStackSpec,
  EQUIVARIANCE_EVENT_START,
  EQUIVARIANCE_KERNELS,
  equivarianceSignal,
} from '../../src/scenes/index.ts';
import { expect, highlighted, markedKeys, showFigure, test } from './fixtures.ts';

const section = (figure: string) => `[data-figure="${figure}"]`;
const unit = (figure: string, panel: string, key: string) =>
  `${section(figure)} svg[data-panel="${panel}"] [data-unit="${key}"]`;
const setting = (figure: string, name: string) => `${section(figure)} [data-setting="${name}"]`;
const live = (figure: string) => `${section(figure)} [data-live]`;

/** `"<layer>:<index>"` keys for the indices of one layer. */
const keys = (layer: number, indices: number[]) => indices.map((index) => `${layer}:${index}`);
const range = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, offset) => first + offset);

const DEEP_DEFAULTS: DeepStackSettings = {
  inputLength: 13,
  depth: 3,
  kernel: 3,
  padding: 'same',
  stride: false,
  pool: false,
  dilation: false,
};

async function barValues(page: import('@playwright/test').Page): Promise<number[]> {
  return page
    .locator(`${section('deep')} [data-chart="bars"] [data-bar]`)
    .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-bar'))));
}

test.describe('deep: fields grow layer by layer', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await showFigure(page, 'deep');
    // 4 layers of 13 units (same padding keeps every layer at 13).
    await expect(page.locator(`${section('deep')} svg[data-panel="stack"] [data-unit]`)).toHaveCount(52);
  });

  test('selecting the top unit lights its field in every layer below: 3, 5 and 7 units, as the engine traces it', async ({
    page,
  }) => {
    await page.locator(unit('deep', 'stack', '3:6')).click();
    await expect(page).toHaveURL(/deep\.sel=3:6/);
    // Kernel 3, stride 1, same padding: each layer down widens the field by one unit on each side:
    // g₇ (layer 2) ← 5…7, h (layer 1) ← 4…8, x ← 3…9.
    const byHand = [...keys(0, range(3, 9)), ...keys(1, range(4, 8)), ...keys(2, range(5, 7))];
    const byEngine = markedKeys(traceReceptiveField(deepStackSpec(DEEP_DEFAULTS), 3, 6), '3:6');
    expect(byEngine).toEqual(byHand);
    await expect
      .poll(() => highlighted(page, 'stack', 'deep'))
      .toEqual({ selected: ['3:6'], receptive: byHand, influence: [] });
    // r = 1, then + (k − 1) = 2 per layer: 1, 3, 5, 7.
    expect(await barValues(page)).toEqual([1, 3, 5, 7]);
    await expect(page.locator(live('deep'))).toContainText(
      'A stack of layers: f₇ sees x₄–x₁₀: 7 of 13 inputs.',
    );
  });

  test('a middle unit has a receptive field below and an influence above', async ({ page }) => {
    await page.locator(unit('deep', 'stack', '2:6')).click();
    // Below g₇: h₆…h₈ and x₅…x₉; above it, the top units whose windows (5…7) contain 6.
    const receptive = [...keys(0, range(4, 8)), ...keys(1, range(5, 7))];
    const influence = keys(3, range(5, 7));
    const spec = deepStackSpec(DEEP_DEFAULTS);
    expect(markedKeys(traceReceptiveField(spec, 2, 6), '2:6')).toEqual(receptive);
    expect(markedKeys(traceInfluence(spec, 2, 6), '2:6')).toEqual(influence);
    await expect
      .poll(() => highlighted(page, 'stack', 'deep'))
      .toEqual({ selected: ['2:6'], receptive, influence });
    await expect(page.locator(live('deep'))).toContainText('g₇ sees x₅–x₉: 5 of 13 inputs.');
    await expect(page.locator(live('deep'))).toContainText(
      'g₇ reaches f₆, f₇, f₈: 3 of 13 units of the top layer.',
    );
  });

  // Each toggle: the bars expected by hand from r_l = r_{l−1} + (k'_l − 1)·S_{l−1} (k = 3).
  const toggles = [
    // Second conv with stride 2: S becomes 2 after layer 2, so the third layer adds 2·2: 1, 3, 5, 9.
    { name: 'stride', bars: [1, 3, 5, 9] },
    // Pool (width 2, stride 2) after the first conv: 1, 3, 3 + 1 = 4, then + 2·2 per conv: 8, 12.
    { name: 'pool', bars: [1, 3, 4, 8, 12] },
    // Dilations 1, 2, 4 give spans 3, 5, 9: 1, 3, 7, 15.
    { name: 'dilation', bars: [1, 3, 7, 15] },
  ] as const;
  for (const toggle of toggles) {
    test(`with ${toggle.name} on, the top unit’s field and the bars match the engine`, async ({ page }) => {
      await page.locator(setting('deep', toggle.name)).check();
      await expect(page).toHaveURL(new RegExp(`deep\\.${toggle.name}=1`));
      const params = { ...DEEP_DEFAULTS, [toggle.name]: true };
      const spec = deepStackSpec(params);
      const geometry = analyzeNetwork(spec);
      const top = geometry.length - 1;
      const middle = Math.floor(geometry[top].size[0] / 2);
      const key = `${top}:${middle}`;
      await expect.poll(() => barValues(page)).toEqual(toggle.bars);
      expect(geometry.map((layer) => layer.receptiveField[0])).toEqual(toggle.bars);
      await page.locator(unit('deep', 'stack', key)).click();
      const expected = markedKeys(traceReceptiveField(spec, top, middle), key);
      await expect
        .poll(() => highlighted(page, 'stack', 'deep'))
        .toEqual({ selected: [key], receptive: expected, influence: [] });
      if (toggle.name === 'dilation') {
        // f₇ (dilation 4) reads g₃, g₇, g₁₁; those (dilation 2) read h₁, h₃ … h₁₃: every other unit,
        // holes between; the undilated first layer then fills the input x₁…x₁₃ without gaps.
        expect(expected).toEqual([
          ...keys(0, range(0, 12)),
          ...keys(1, [0, 2, 4, 6, 8, 10, 12]),
          ...keys(2, [2, 6, 10]),
        ]);
      }
      if (toggle.name === 'stride') {
        // Top unit 3 of 7 reads layer-2 units 2…4; stride 2 with same padding (1 before) maps unit u to
        // h positions 2u − 1 … 2u + 1, so 3…9, and the input 2…10: 9 units, the bar’s r.
        expect(expected).toEqual([
          ...keys(0, range(2, 10)),
          ...keys(1, range(3, 9)),
          ...keys(2, range(2, 4)),
        ]);
      }
    });
  }
});

test('deep: by keyboard, Tab reaches the stack, arrows move, Enter selects and Escape clears', async ({
  page,
}) => {
  await page.goto('./');
  await showFigure(page, 'deep');
  await expect(page.locator(unit('deep', 'stack', '0:0'))).toBeVisible();
  await page.locator(`${section('deep')} [data-setting="dilation"]`).focus();
  let reached = '';
  for (let step = 0; step < 10 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-unit') ?? '');
  }
  expect(reached).toBe('0:0');
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowUp');
  await expect(page.locator(unit('deep', 'stack', '3:6'))).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(unit('deep', 'stack', '3:6'))).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await highlighted(page, 'stack', 'deep')).receptive).toHaveLength(15);
  await page.keyboard.press('Escape');
  await expect(page.locator(`${section('deep')} [data-selected]`)).toHaveCount(0);
  await expect(page.locator(live('deep'))).toHaveText('Nothing selected.');
});

test.describe('deep on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap selects a unit and lights its field', async ({ page }) => {
    await page.goto('./');
    await showFigure(page, 'deep');
    await page.locator(unit('deep', 'stack', '1:0')).tap();
    // h₁ with same padding reads x₁, x₂ (x₀ is padding); it reaches g₁, g₂ and f₁…f₃.
    await expect
      .poll(() => highlighted(page, 'stack', 'deep'))
      .toEqual({
        selected: ['1:0'],
        receptive: ['0:0', '0:1'],
        influence: [...keys(2, [0, 1]), ...keys(3, [0, 1, 2])],
      });
    await expect(page).toHaveURL(/deep\.sel=1:0/);
  });
});

test('sharing: picking w₁ lights its 4 uses in the convolution and one edge in the dense layer', async ({
  page,
}) => {
  await page.goto('./');
  await showFigure(page, 'sharing');
  const figure = section('sharing');
  await expect(page.locator(`${figure} [data-weight]`)).toHaveCount(3);
  await expect(page.locator(`${figure} [data-weight="1"]`)).toHaveAttribute('aria-pressed', 'true');
  // Defaults m = 5, k = 3, same padding (one zero on each side): output o reads inputs o − 1, o, o + 1
  // through taps 0, 1, 2. Tap 0 needs o − 1 ≥ 0, so outputs 1…4 use it: 4 connections.
  // Tap 1 is used at every output: 5. The dense counterpart at the middle output s₃ is x₂ → s₃.
  await expect(page.locator(live('sharing'))).toHaveText(
    'Convolution: weight w₂ is used by 5 connections, one at each position where it falls inside the input. Dense: its counterpart, the weight of x₃ → s₃, is used by that one connection only.',
  );
  await page.locator(`${figure} [data-weight="0"]`).click();
  await expect(page.locator(`${figure} [data-weight="0"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`${figure} [data-weight="1"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/sharing\.weight=0/);
  // Four, not five: why is said where the count stands.
  await expect(page.locator(live('sharing'))).toHaveText(
    'Convolution: weight w₁ is used by 4 connections, one at each position where it falls inside the input. Dense: its counterpart, the weight of x₂ → s₃, is used by that one connection only.' +
      'Not 5: at 1 position by a border this weight falls on padding, which joins no unit.',
  );
  const segments = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((paths) => paths.map((path) => (path.getAttribute('d') ?? '').split('M').length - 1));
  // Drawn wide: the 4 uses of tap 0 and no edge of the other taps; one edge in the dense panel.
  expect(await segments(`${figure} svg[data-panel="conv"] .edges--emphasis path`)).toEqual([4, 0, 0]);
  expect(await segments(`${figure} svg[data-panel="dense"] .edges--emphasis path`)).toEqual([1]);
  await page.locator(`${figure} [data-weight="2"]`).click();
  await expect(page.locator(live('sharing'))).toContainText('weight w₃ is used by 4 connections');
});

test('tiling: four panels and their counts, conv 3, tiled 6, local 15, dense 35', async ({ page }) => {
  await page.goto('./');
  await showFigure(page, 'tiling');
  const figure = section('tiling');
  await expect(page.locator(`${figure} svg[data-panel]`)).toHaveCount(4);
  for (const panel of ['conv', 'tiled', 'local', 'dense'])
    await expect(page.locator(`${figure} svg[data-panel="${panel}"] [data-unit^="1:"]`)).toHaveCount(5);
  // m = 7, k = 3, valid padding: n = 7 − 3 + 1 = 5 outputs. Distinct weights: conv k = 3; tiled t·k = 6;
  // local k·n = 15; dense m·n = 35. Connections: k·n = 15 for every sparse layer, m·n = 35 dense.
  await expect(page.locator(`${figure} [data-count="weights"] td`)).toHaveText(['3', '6', '15', '35']);
  await expect(page.locator(`${figure} [data-count="connections"] td`)).toHaveText(['15', '15', '15', '35']);
  // The kernel under each output: tiled takes turns K₁, K₂, K₁ …; local has one per output.
  const notes = (panel: string) => page.locator(`${figure} svg[data-panel="${panel}"] .unit__note`);
  await expect(notes('tiled')).toHaveText(['K₁', 'K₂', 'K₁', 'K₂', 'K₁']);
  await expect(notes('local')).toHaveText(['K₁', 'K₂', 'K₃', 'K₄', 'K₅']);
  await page.locator(setting('tiling', 'tiles')).fill('3');
  await expect(page.locator(`${figure} [data-count="weights"] td`)).toHaveText(['3', '9', '15', '35']);
  await page.locator(unit('tiling', 'local', '1:2')).click();
  // s₃ with a valid 3-wide window reads x₃…x₅ in every sparse panel, and all seven inputs when dense.
  for (const panel of ['conv', 'tiled', 'local'])
    await expect
      .poll(async () => (await highlighted(page, panel, 'tiling')).receptive)
      .toEqual(keys(0, [2, 3, 4]));
  expect((await highlighted(page, 'dense', 'tiling')).receptive).toEqual(keys(0, range(0, 6)));
});

test('tiling: unshared weights win on centred faces, a shared kernel wins on edges, for 4 and 30 examples', async ({
  page,
}) => {
  await page.goto('./');
  await showFigure(page, 'tiling');
  const table = `${section('tiling')} [data-experiment]`;
  const errors = () =>
    page
      .locator(`${table} td[data-fit]`)
      .evaluateAll((cells) =>
        Object.fromEntries(
          cells.map((cell) => [
            `${cell.closest('tr')?.getAttribute('data-task')}:${cell.getAttribute('data-fit')}`,
            Number(cell.getAttribute('data-error')),
          ]),
        ),
      );
  await expect(page.locator(`${table} caption`)).toContainText('after fitting to 4 training examples');
  const few = await errors();
  expect(few['faces:local']).toBeLessThan(few['faces:shared']);
  expect(few['edges:shared']).toBeLessThan(few['edges:local']);
  // Shared: one kernel of 3 weights; local: a kernel per output, 3 × 14 = 42 weights.
  await expect(page.locator(`${table} thead th`)).toHaveText([
    'Task',
    'shared kernel (3 weights)',
    'locally connected (42 weights)',
  ]);
  await page.locator(setting('tiling', 'examples')).fill('30');
  await expect(page).toHaveURL(/tiling\.examples=30/);
  await expect(page.locator(`${table} caption`)).toContainText('after fitting to 30 training examples');
  await expect.poll(errors).not.toEqual(few);
  const many = await errors();
  expect(many['faces:local']).toBeLessThan(many['faces:shared']);
  expect(many['edges:shared']).toBeLessThan(many['edges:local']);
  // More examples can only help the 42-weight layer on the task it is suited for.
  expect(many['faces:local']).toBeLessThan(few['faces:local']);
});

test('equivariance: a shift commutes with convolution exactly, a stretch does not', async ({ page }) => {
  await page.goto('./');
  await showFigure(page, 'equivariance');
  const measure = page.locator(`${section('equivariance')} [data-measure]`);
  const verdict = page.locator(`${section('equivariance')} [data-verdict]`);
  await expect(measure).toHaveAttribute('data-interior', '0');
  await expect(verdict).toHaveAttribute('data-verdict', 'equal');
  for (const kernel of ['smooth', 'bump', 'edge']) {
    await page.locator(setting('equivariance', 'kernelName')).selectOption(kernel);
    for (const shift of ['-12', '0', '12']) {
      await page.locator(setting('equivariance', 'shift')).fill(shift);
      await expect(measure).toHaveAttribute('data-interior', '0');
      await expect(verdict).toHaveAttribute('data-verdict', 'equal');
    }
  }
  // Near the borders the engine decides: a shift of 12 pushes samples out at one end and zeros in at the other.
  await page.locator(setting('equivariance', 'shift')).fill('12');
  const shifted = equivarianceCheck(
    equivarianceSignal(EQUIVARIANCE_EVENT_START),
    Float32Array.from(EQUIVARIANCE_KERNELS.edge),
    { kind: 'shift', offset: 12 },
  );
  expect(shifted.maxInteriorDifference).toBe(0);
  await expect(measure).toHaveAttribute('data-border', String(shifted.maxBorderDifference));
  // A shift of 0 is the identity: no difference anywhere, borders included.
  await page.locator(setting('equivariance', 'shift')).fill('0');
  await expect(measure).toHaveAttribute('data-border', '0');
  await expect(measure).toHaveAttribute('data-interior', '0');
  await page.locator(setting('equivariance', 'transform')).selectOption('stretch');
  await expect(verdict).toHaveAttribute('data-verdict', 'differ');
  // The shift slider is off under a stretch, and says why (read out with it, too).
  const slider = page.locator(setting('equivariance', 'shift'));
  await expect(slider).toBeDisabled();
  await expect(slider).toHaveAccessibleDescription('Only for a shift: a stretch has no offset.');
  const interior = Number(await measure.getAttribute('data-interior'));
  expect(interior).toBeGreaterThan(0);
  const engine = equivarianceCheck(
    equivarianceSignal(EQUIVARIANCE_EVENT_START),
    Float32Array.from(EQUIVARIANCE_KERNELS.edge),
    { kind: 'stretch', factor: 2 },
  );
  expect(interior).toBe(engine.maxInteriorDifference);
  await expect(verdict).toContainText('convolution is not equivariant to this transform');
});

test('variable: dragging the input length keeps k conv weights while the dense layer needs m × m', async ({
  page,
}) => {
  await page.goto('./');
  await showFigure(page, 'variable');
  const figure = section('variable');
  const measure = page.locator(`${figure} [data-measure]`);
  const cells = (matrix: string) => page.locator(`${figure} [data-matrix="${matrix}"] [data-cell]`);
  // Defaults m = 6, k = 3, same padding (n = m = 6): each output has 3 taps, less one at each end,
  // 6·3 − 2 = 16 conv connections; dense 6·6 = 36.
  await expect(cells('conv')).toHaveCount(16);
  await expect(cells('dense')).toHaveCount(36);
  await expect(measure).toHaveAttribute('data-conv', '3');
  await expect(measure).toHaveAttribute('data-dense', '36');
  for (const length of [7, 10, 15, 24, 2]) {
    await page.locator(setting('variable', 'inputLength')).fill(String(length));
    await expect(measure).toHaveAttribute('data-dense', String(length * length));
    await expect(measure).toHaveAttribute('data-conv', '3');
    await expect(cells('conv')).toHaveCount(3 * length - 2);
    await expect(cells('dense')).toHaveCount(length * length);
    await expect(page.locator(`${figure} svg[data-panel="conv"] [data-unit^="1:"]`)).toHaveCount(length);
  }
  // With m = 2 the conv band holds tap 1 (w₂) twice and taps 0 and 2 once each.
  const taps = await cells('conv').evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-cell')).sort(),
  );
  expect(taps).toEqual(['0', '1', '1', '2']);
  await page.locator(setting('variable', 'kernel')).fill('5');
  await expect(measure).toHaveAttribute('data-conv', '5');
});

test('cost: m = 1,000, k = 3 gives 998,000 against 2,994 against 3, typeset as MathML', async ({ page }) => {
  await page.goto('./');
  await showFigure(page, 'cost');
  const figure = section('cost');
  const row = (id: string) => page.locator(`${figure} [data-row="${id}"]`);
  // Valid convolution: n = 1000 − 3 + 1 = 998. Dense m·n = 998,000; local k·n = 2,994; conv k = 3.
  await expect(row('dense')).toHaveAttribute('data-parameters', '998000');
  await expect(row('local')).toHaveAttribute('data-parameters', '2994');
  await expect(row('conv')).toHaveAttribute('data-parameters', '3');
  await expect(row('conv')).toHaveAttribute('data-work', '2994');
  // Each formula is typeset in parts that a narrow column may break between: 3 + 3 + 1 for the
  // parameters, 2 for each row's work.
  await expect(page.locator(`${figure} [data-cost] math`)).toHaveCount(13);
  await expect(row('dense').locator('td').first()).toHaveText(/^m×n\s*=1,000×998\s*=998,000$/);
  // 998,000 / 3 = 332,666.7 → 332,667 times the parameters; m / k = 333.3 → 333 times the work.
  await expect(page.locator(`${figure} [data-measure]`)).toHaveText(
    'The dense layer needs 332,667 times the convolution’s parameters and 333 times its work.',
  );
});

test('cost: the fig. 9.6 preset gives the book’s numbers (the 320 × 280 photo, k = 2)', async ({ page }) => {
  await page.goto('./');
  await showFigure(page, 'cost');
  const figure = section('cost');
  const row = (id: string) => page.locator(`${figure} [data-row="${id}"]`);
  await expect(row('dense')).toHaveAttribute('data-parameters', '998000');
  await page.locator(`${figure} button`, { hasText: '320 × 280' }).click();
  await expect(page.locator(setting('cost', 'inputLength'))).toHaveValue('320');
  await expect(page.locator(setting('cost', 'rows'))).toHaveValue('280');
  // The lab's own preset must be a possible layer: no “settings are not possible” notice.
  await expect(page.locator(`${figure} [data-issue]`)).not.toBeVisible();
  // The book: m = 320 · 280 = 89,600 inputs; n = 319 · 280 = 89,320 outputs; 8,003,072,000 entries.
  const m = 320 * 280;
  const n = 319 * 280;
  expect([m, n, m * n]).toEqual([89_600, 89_320, 8_003_072_000]);
  await expect(row('dense')).toHaveAttribute('data-parameters', String(m * n));
  await expect(row('local')).toHaveAttribute('data-parameters', String(2 * n));
  await expect(row('conv')).toHaveAttribute('data-parameters', '2');
  await expect(row('dense').locator('td').first()).toHaveText(/^m×n\s*=89,600×89,320\s*=8,003,072,000$/);
  await expect(page).toHaveURL(/cost\.inputLength=320&cost\.kernel=2&cost\.rows=280/);
  // Parameters: 8,003,072,000 / 2, the book's “4 billion times”; work in multiply-adds: m / k = 44,800.
  await expect(page.locator(`${figure} [data-measure]`)).toHaveText(
    'The dense layer needs 4,001,536,000 times the convolution’s parameters and 44,800 times its work.',
  );
  // In flops, as the book counts: 2 · 8,003,072,000 = 16,006,144,000 against 89,320 · 3 = 267,960, the
  // book's “about 60,000 times”.
  await expect(page.locator(`${figure} [data-flops]`)).toContainText('16,006,144,000');
  await expect(page.locator(`${figure} [data-flops]`)).toContainText('267,960: 59,733 times');
});

test('every section draws and accepts a selection from a link without console errors', async ({ page }) => {
  await page.goto('./?deep.sel=2:4&sharing.sel=0:1&tiling.sel=1:2&variable.sel=1:0&sparse.sel=0:0');
  for (const figure of ['sparse', 'deep', 'sharing', 'tiling', 'variable']) {
    await showFigure(page, figure);
    await expect(page.locator(`${section(figure)} [data-selected]`).first()).toBeVisible();
  }
  await showFigure(page, 'equivariance');
  await showFigure(page, 'cost');
  await expect(page.locator(`${section('equivariance')} [data-verdict]`)).toBeVisible();
  await expect(page.locator(`${section('cost')} [data-cost] math`).first()).toBeAttached();
  await expect(page.locator(`${section('tiling')} [data-experiment]`)).toBeVisible();
  // variable s₁ (same padding) reads x₁, x₂.
  await expect
    .poll(async () => (await highlighted(page, 'conv', 'variable')).receptive)
    .toEqual(['0:0', '0:1']);
});

test('in Chinese, every section’s heading is Chinese', async ({ page }) => {
  await page.goto('./?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(SCENES.map((scene) => scene.id)).toEqual([
    'sparse',
    'deep',
    'playground',
    'sharing',
    'edges',
    'tiling',
    'equivariance',
    'variable',
    'cost',
  ]);
  for (const [position, scene] of SCENES.entries()) {
    const heading = page.locator(`${section(scene.id)} h2`);
    await expect(heading).toHaveText(`${position + 1}. ${translate('zh', scene.heading)}`);
    expect(await heading.textContent()).toMatch(/[\u4e00-\u9fff]/);
  }
  await expect(page.locator(`${section('deep')} h2`)).toContainText('越深的层看得越广');
  await expect(page.locator(`${section('cost')} h2`)).toContainText('用数字说话：开销');
  // The deep figure is drawn when its section nears the viewport.
  await showFigure(page, 'deep');
  await expect(page.locator(`${section('deep')} [data-live]`)).toHaveText('没有选中任何单元。');
  // Chinese typography: an enumeration comma between figure numbers, a full-width colon in labels.
  await expect(page.locator(`${section('sparse')} .figure__source`)).toHaveText(
    '《深度学习》第 9.2 节，图 9.2、9.3',
  );
  // Tiled and locally connected layers are the book's §9.5.
  await expect(page.locator(`${section('tiling')} .figure__source`)).toHaveText('《深度学习》第 9.5 节');
  await showFigure(page, 'cost');
  const labels = await page
    .locator('[aria-label]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  expect(labels.filter((label) => /[\u4e00-\u9fff]/.test(label) && /: /.test(label))).toEqual([]);
  expect(labels).toContain('用数字说话：开销：参数量');
});

test('the section list keeps each number with its own title, with space between the entries', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('nav.contents li')).toHaveCount(9);
  const boxes = await page
    .locator('nav.contents li')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON()));
  expect(boxes).toHaveLength(9);
  // On the same line each entry starts at least a space after the one before it ends.
  const gaps = boxes
    .slice(1)
    .map((after, index) => ({ before: boxes[index], after }))
    .filter(({ before, after }) => Math.abs(before.top - after.top) < 1)
    .map(({ before, after }) => after.left - before.right);
  expect(gaps.length).toBeGreaterThanOrEqual(3);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(12);
  // Each entry's number is inside the entry, so the text reads "2. Deeper layers see more".
  await expect(page.locator('nav.contents li').nth(1)).toHaveCSS('list-style-position', 'inside');
});

test('sharing: flipping the kernel (true convolution) moves w₁ to the other end of every window', async ({
  page,
}) => {
  await page.goto('./?sharing.weight=0');
  await showFigure(page, 'sharing');
  const figure = page.locator('[data-figure="sharing"]');
  const live = figure.locator('[data-live]');
  // m = 5, k = 3, 'same': s₃'s window is x₂, x₃, x₄. Cross-correlation multiplies x₂ by w₁;
  // true convolution flips the kernel, so w₁ multiplies x₄.
  await expect(live).toContainText('the weight of x₂ → s₃');
  await figure.locator('[data-setting="flip"]').check();
  await expect(live).toContainText('the weight of x₄ → s₃');
  // Either way w₁ is used once per output whose window has that end inside the input: 4 of 5.
  await expect(live).toContainText('weight w₁ is used by 4 connections');
  await expect(page).toHaveURL(/sharing\.flip=1/);
});

test('the playground arriving above the section in view does not push that section away', async ({
  page,
}) => {
  await page.goto('./');
  // Scroll to parameter sharing, right below the playground, before the playground has loaded,
  // with the playground's placeholder still filling the top of the view (as clicking there does).
  const heading = page.locator(`${section('sharing')} h2`);
  await heading.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -400);
  });
  const before = await heading.evaluate((element) => element.getBoundingClientRect().top);
  // The playground loads (it is within 800 px of the view) and grows by well over a screen.
  await expect(page.locator(`${section('playground')} [data-layer-grid="50"]`)).toBeAttached();
  await expect(page.locator(`${section('playground')} [data-layer-table]`)).toBeAttached();
  await page.waitForTimeout(300);
  const after = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(2);
});

test('tiling: the sentence names the kernel each layer gives the output, the K labels show whole, and the experiment’s 42 weights are explained', async ({
  page,
}) => {
  await page.goto('./?tiling.sel=1:2');
  await showFigure(page, 'tiling');
  const figure = section('tiling');
  // s₃ (index 2): the shared K₁; of 2 tiled kernels taking turns, K₁ (outputs 1, 3, 5 use K₁); its own K₃.
  await expect(page.locator(live('tiling'))).toContainText(
    's₃ uses kernel K₁, shared by every output, in the convolution; kernel K₁ of the 2 that take turns in the tiled layer; and its own kernel K₃ in the locally connected layer.',
  );
  // The three sparse layers are described once, not three times.
  await expect(page.locator(`${live('tiling')} p`)).toHaveCount(4);
  // Each K label lies wholly inside its drawing.
  for (const panel of ['conv', 'tiled', 'local']) {
    const svg = page.locator(`${figure} svg[data-panel="${panel}"]`);
    // Measured in one go, so a section above that is still arriving cannot move one but not the other.
    const labelTops = await svg.evaluate((element) =>
      [...element.querySelectorAll('.unit__note')].map(
        (note) => note.getBoundingClientRect().top - element.getBoundingClientRect().top,
      ),
    );
    expect(labelTops.length).toBeGreaterThan(0);
    for (const labelTop of labelTops) expect(labelTop).toBeGreaterThanOrEqual(0);
  }
  // The experiment's locally connected layer: 16 inputs, kernel 3, 14 outputs, 14 × 3 = 42 weights, as its table says.
  await expect(page.locator(`${figure} [data-experiment-sizes]`)).toContainText('14 × 3 = 42');
  await expect(page.locator(`${figure} [data-experiment] thead`)).toContainText(
    'locally connected (42 weights)',
  );
  // The key says what colour means in each kind of layer.
  await expect(page.locator(figure)).toContainText(
    'each kernel (K₁, K₂, … above its outputs) has its own weights',
  );
  // Each edge names its weight by a letter, as the book draws these layers: kernel k's j-th weight
  // is letter k·3 + j. Shared, five outputs repeat a, b, c; tiled, two kernels take turns (outputs
  // 1, 3, 5 use a, b, c and 2, 4 use d, e, f); locally connected, fifteen weights, none repeated.
  const letters = async (panel: string) =>
    [
      ...((await page
        .locator(`${figure} svg[data-panel="${panel}"] [data-weight-letters]`)
        .getAttribute('data-weight-letters')) ?? ''),
    ]
      .sort()
      .join('');
  expect(await letters('conv')).toBe('aaaaabbbbbccccc');
  expect(await letters('tiled')).toBe('aaabbbcccddeeff');
  expect(await letters('local')).toBe('abcdefghijklmno');
  await expect(page.locator(`${figure} svg[data-panel="dense"] [data-weight-letters]`)).toHaveCount(0);
});

for (const width of [900, 375]) {
  test(`deep at ${width} px: units keep readable labels, the selected one always, so the sentence's names can be found`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?deep.sel=2:6');
    await showFigure(page, 'deep');
    const stack = page.locator(`${section('deep')} svg[data-panel="stack"]`);
    await expect(page.locator(live('deep'))).toContainText('g₇');
    const labels = await stack.locator('.unit__label').allTextContents();
    expect(labels).toContain('g₇');
    // Every row keeps some of its labels: at least every third unit of 13.
    for (const letter of ['x', 'h', 'g', 'f']) {
      expect(labels.filter((label) => label.startsWith(letter)).length).toBeGreaterThanOrEqual(5);
    }
    // Labels are at least 12 px and do not overlap.
    const boxes = await stack
      .locator('.unit__label')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect));
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(10);
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const overlap =
          Math.min(box.right, other.right) - Math.max(box.left, other.left) > 1 &&
          Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top) > 1;
        expect(overlap).toBe(false);
      }
    }
  });
}

test('cost: an impossible layer is explained with only the remedies this figure offers', async ({ page }) => {
  await page.goto('./');
  await showFigure(page, 'cost');
  const length = page.locator(setting('cost', 'inputLength'));
  await length.fill('2');
  await length.press('Enter');
  const issue = page.locator(`${section('cost')} [data-issue="windowLargerThanInput"]`);
  await expect(issue).toContainText('its padded input has only 2. Try a smaller kernel or a longer input.');
  // The figure has no dilation or padding controls, so it does not suggest them.
  await expect(issue).not.toContainText('dilation smaller');
  await expect(issue).not.toContainText('padding');
});

test.describe('the cost table on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, locale: 'zh-CN' });

  test('with the photo’s ten-digit counts, says it scrolls sideways, keeps its caption on screen and its row names readable', async ({
    page,
  }) => {
    // At m = 1,000 the table fits a phone (touch.spec.ts); the photo's counts do not.
    await page.goto('./?lang=zh&cost.inputLength=320&cost.kernel=2&cost.rows=280');
    await showFigure(page, 'cost');
    const figure = page.locator(section('cost'));
    await expect(figure.locator('[data-scroll-hint]')).toHaveText('表格比屏幕宽：左右滑动可以看到更多列 →');
    const caption = figure.locator('[data-cost] caption');
    const right = await caption.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return Math.max(...[...range.getClientRects()].map((rect) => rect.right));
    });
    expect(right).toBeLessThanOrEqual(375);
    // A row name such as 全连接（矩阵乘法） takes at most two lines, not one or two characters a line.
    for (const header of await figure.locator('[data-cost] th[scope="row"]').all()) {
      const lines = await header.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines).toBeLessThanOrEqual(3);
    }
    // Scrolled to its end, the table no longer hides columns on the right.
    const region = figure.locator('.scroll-region').first();
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect(region).toHaveClass(/scroll-region--left/);
  });
});

test.describe('charts on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('their axis numbers keep the size they have on a desktop', async ({ page }) => {
    await page.goto('./');
    for (const figure of ['tiling', 'equivariance']) {
      await showFigure(page, figure);
      const chart = page.locator(`${section(figure)} [data-chart="line"]`).first();
      await chart.scrollIntoViewIfNeeded();
      const sizes = await chart
        .locator('.chart__position, .chart__tick text')
        .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().height));
      expect(sizes.length).toBeGreaterThan(2);
      // 11 px type: its box is at least 11 px tall (it was about 8 px, scaled down with the chart).
      for (const size of sizes) expect(size, figure).toBeGreaterThanOrEqual(11);
    }
  });
});

test.describe('a tap on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('is answered on screen: the sentence stays in sight below the tapped graph', async ({ page }) => {
    await page.goto('./');
    await showFigure(page, 'deep');
    const stack = page.locator(`${section('deep')} svg[data-panel="stack"]`);
    await stack.scrollIntoViewIfNeeded();
    await page.locator(unit('deep', 'stack', '2:6')).tap();
    const sentence = page.locator(live('deep'));
    await expect(sentence).toContainText('g₇ sees x₅–x₉');
    const box = await sentence.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740 + 1);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  });
});

test('a slider has − and + steppers: one step a tap, stopping at its ends', async ({ page }) => {
  await page.goto('./?deep.inputLength=3');
  await showFigure(page, 'deep');
  const more = page.locator(`${section('deep')} [data-setting-step="inputLength"][data-step="up"]`);
  const less = page.locator(`${section('deep')} [data-setting-step="inputLength"][data-step="down"]`);
  await expect(more).toHaveAccessibleName('One more: Input length m');
  await more.click();
  await expect(page.locator(setting('deep', 'inputLength'))).toHaveValue('4');
  await expect(page.locator(`${section('deep')} svg[data-panel="stack"] [data-unit^="0:"]`)).toHaveCount(4);
  await less.click();
  await less.click();
  // 2 is the smallest input length: the − stepper stops there.
  await expect(page.locator(setting('deep', 'inputLength'))).toHaveValue('2');
  await expect(less).toBeDisabled();
});

test('counts that look as if they disagree say why where they stand: padding taps, and a locally connected layer’s weights', async ({
  page,
}) => {
  await page.goto('./');
  // Five inputs, k = 3, 'same' padding: 5 outputs × 3 taps = 15 multiply-adds, 2 of them on the two zeros.
  await expect(page.locator(`${section('sparse')} [data-counts-why]`)).toHaveText([
    'Convolution: 15 multiply-adds but 13 connections, because at the borders 2 taps fall on padding zeros: they are multiplied, but join no unit.',
  ]);
  await showFigure(page, 'sharing');
  await expect(page.locator(`${section('sharing')} [data-counts-why]`)).toContainText([
    'Convolution: 15 multiply-adds but 13 connections',
    'Locally connected: 15 weights for 13 connections, because every position keeps a whole window of weights, the 2 on padding included.',
  ]);
});
