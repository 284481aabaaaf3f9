import { readFileSync } from 'node:fs';
import {
  analyzeNetwork,
  effectiveReceptiveField,
  fieldSpread,
  type NetworkSpec,
} from '../../src/engine/index.ts';
import { NETWORK_PRESETS } from '../../src/scenes/index.ts';
import { expect, test } from './fixtures.ts';
import { cellOnPage, expectedGrids, openLayer, randomNetwork, readGrids, seeded } from './playgroundHooks.ts';

const figure = '[data-figure="playground"]';
const grid = (layer: number) => `${figure} [data-layer-grid="${layer}"]`;
const RESNET = NETWORK_PRESETS.resnet50;

/** base64url (RFC 4648 §5, no padding) of a spec's UTF-8 JSON, as the lab writes networks into links. */
const netParam = (spec: NetworkSpec) => Buffer.from(JSON.stringify(spec), 'utf8').toString('base64url');

/** The layers a figure draws, in order. */
async function drawnLayers(page: import('@playwright/test').Page, root = figure) {
  return page
    .locator(`${root} [data-layer-grid]`)
    .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-layer-grid'))));
}

test('ResNet-50 by link: a deep centre unit’s field on every drawn grid is the engine’s exact trace', async ({
  page,
}) => {
  // Layer 50 (block4 end) is 7 × 7: index 24 is the centre unit (row 3, column 3).
  await page.goto('./?playground.sel=50:24');
  await page.locator(figure).scrollIntoViewIfNeeded();
  // The input, the preset's end points (block1, block2 and block4 ends) and the selected unit's layer.
  await expect.poll(() => drawnLayers(page)).toEqual([0, 11, 23, 50]);
  const expected = expectedGrids(RESNET, 50, 24, [0, 11, 23, 50]);
  await expect.poll(() => readGrids(page)).toEqual(expected);
  // By hand: r = 483, S = 32, P = 239 at block4; the centre unit's window starts at 3·32 − 239 = −143
  // and ends at −143 + 482 = 339, so it covers the whole 224 × 224 input: 50,176 pixels.
  expect(expected[0]).toEqual({ layer: 0, count: 50_176, box: '0,0,223,223' });
  const live = page.locator(`${figure} [data-live]`);
  await expect(live).toContainText('r = 483, S = 32, P = 239.');
  await expect(live).toContainText('input rows −143 to 339 and columns −143 to 339');
  // 483 × 483 = 233,289 pixels, of which 224 × 224 = 50,176 are real input.
  await expect(live).toContainText('233,289 pixels, 50,176 of them real input and 183,113 padding');
});

test('the per-layer table gives the published r, S and P at ResNet-50’s block ends (Araujo et al. 2019)', async ({
  page,
}) => {
  await page.goto('./?embed=playground');
  const cell = (layer: number, column: string) =>
    page.locator(`tr[data-layer="${layer}"] td[data-col="${column}"]`);
  const published: [layer: number, r: string, stride: string, padding: string, size: string][] = [
    [11, '35', '8', '15', '28'],
    [23, '99', '16', '47', '14'],
    [41, '291', '32', '143', '7'],
    [50, '483', '32', '239', '7'],
  ];
  for (const [layer, r, stride, padding, size] of published) {
    await expect(cell(layer, 'receptive-field')).toHaveText(r);
    await expect(cell(layer, 'effective-stride')).toHaveText(stride);
    await expect(cell(layer, 'effective-padding')).toHaveText(padding);
    await expect(cell(layer, 'size')).toHaveText(size);
  }
});

test('the preset picker’s options are the preset ids, and picking one writes it to the link', async ({
  page,
}) => {
  await page.goto('./?embed=playground');
  const picker = page.locator(`${figure} select[data-setting="preset"]`);
  await expect(picker).toBeVisible();
  const values = await picker
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(values).toEqual(['resnet50', 'vgg16', 'alexnet', 'mobilenet-v1', 'wavenet', 'book-9-4']);
  await picker.selectOption('vgg16');
  await expect(page).toHaveURL(/playground\.preset=vgg16/);
  // VGG-16's pool5 (layer 18): r 212, S 32, P 90 (Araujo et al. 2019).
  await expect(page.locator('tr[data-layer="18"] td[data-col="receptive-field"]')).toHaveText('212');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 3, 10, 18]);
});

for (const seed of [3, 11, 29, 47, 101, 2026]) {
  test(`random network ${seed} from a link: every drawn grid agrees with the engine`, async ({ page }) => {
    const spec = randomNetwork(seed);
    const sizes = analyzeNetwork(spec).map((layer) => layer.size);
    const next = seeded(seed * 7 + 1);
    const layer = next(0, sizes.length - 1);
    const index = next(0, sizes[layer][0] * sizes[layer][1] - 1);
    const shown = [...new Set([next(1, sizes.length - 1), sizes.length - 1])].sort((a, b) => a - b);
    await page.goto(
      `./?embed=playground&playground.net=${netParam(spec)}&playground.show=${shown.join(',')}&playground.sel=${layer}:${index}`,
    );
    const drawn = [...new Set([0, ...shown, layer])].sort((a, b) => a - b);
    await expect.poll(() => drawnLayers(page)).toEqual(drawn);
    await expect.poll(() => readGrids(page)).toEqual(expectedGrids(spec, layer, index, drawn));
    await expect(page.locator('[data-notice]')).toHaveCount(0);
  });
}

test('clicking a cell selects the unit drawn there and lights its exact field; hovering previews another', async ({
  page,
}) => {
  await page.goto('./?embed=playground');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 11, 23, 50]);
  // Layer 23 is 14 × 14; click the cell of row 4, column 9.
  const point = await cellOnPage(page, RESNET, 23, 4, 9, figure);
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/playground\.sel=23:65(&|$)/);
  await expect.poll(() => readGrids(page)).toEqual(expectedGrids(RESNET, 23, 4 * 14 + 9, [0, 11, 23, 50]));
  // Hover a cell of the input: its influence is previewed; the selection in the link stays.
  const pixel = await cellOnPage(page, RESNET, 0, 100, 60, figure);
  await page.mouse.move(pixel.x, pixel.y);
  await expect.poll(() => readGrids(page)).toEqual(expectedGrids(RESNET, 0, 100 * 224 + 60, [0, 11, 23, 50]));
  await expect(page).toHaveURL(/playground\.sel=23:65(&|$)/);
});

test('zoom: + and 0 by keyboard, Ctrl + wheel by mouse; every grid of the figure follows, and the gestures load only when wanted', async ({
  page,
}) => {
  const gestureScripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('zoomGestures')) gestureScripts.push(request.url());
  });
  await page.goto('./?embed=playground&playground.preset=alexnet');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 1, 3, 8]);
  const zoomed = page.locator(`${figure} .grid-canvas__canvas--zoomed`);
  await expect(zoomed).toHaveCount(0);
  expect(gestureScripts).toEqual([]);
  // A key pressed at once, while the gestures are still loading, is not lost.
  await page.locator(`${grid(8)} .grid-canvas`).focus();
  await page.keyboard.press('+');
  await expect(zoomed).toHaveCount(4);
  expect(gestureScripts).toHaveLength(1);
  await page.keyboard.press('0');
  await expect(zoomed).toHaveCount(0);
  // The pointer comes to conv1 and wheels at once: a wheel before its gestures have loaded counts.
  await page.locator(`${grid(1)} canvas`).hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(zoomed).toHaveCount(4);
});

test('by keyboard: arrows move a cursor, Enter selects, Page Up goes to the drawn layer above it on the page, Escape clears', async ({
  page,
}) => {
  await page.goto('./?embed=playground&playground.preset=alexnet');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 1, 3, 8]);
  // Layer 8 (pool5) is 5 × 5; its cursor starts on the centre cell (2, 2).
  const pool5 = page.locator(`${grid(8)} .grid-canvas`);
  await pool5.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  // Row 1, column 3 of 5 × 5: index 8.
  await expect(page).toHaveURL(/playground\.sel=8:8(&|$)/);
  await expect
    .poll(() => readGrids(page))
    .toEqual(expectedGrids(NETWORK_PRESETS.alexnet, 8, 8, [0, 1, 3, 8]));
  // Page Up: to the grid drawn before it on the page, the shallower conv2 (26 × 26), on the cell
  // under this one's centre.
  await page.keyboard.press('PageUp');
  await expect(page.locator(`${grid(3)} .grid-canvas`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/playground\.sel=3:\d+/);
  const selected = Number(/playground\.sel=3:(\d+)/.exec(page.url())?.[1]);
  // The pool5 unit (1, 3) is centred on input (u·S − P + (r − 1)/2) = (1·32 − 64 + 97, 3·32 − 64 + 97)
  // = (65, 129); conv2 units are centred on 8u − 16 + 25: rows 65 → u = 7, columns 129 → u = 15.
  expect(selected).toBe(7 * 26 + 15);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/playground\.sel=/);
});

test('the layer table draws and hides grids; the selected unit’s layer is always drawn', async ({ page }) => {
  await page.goto('./?embed=playground&playground.preset=vgg16&playground.sel=14:0');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 3, 10, 14, 18]);
  await page.locator('tr[data-layer="7"] input[type="checkbox"]').check();
  await expect.poll(() => drawnLayers(page)).toEqual([0, 3, 7, 10, 14, 18]);
  await expect(page).toHaveURL(/playground\.show=3,7,10,18/);
  // A click anywhere on a row toggles it too.
  await page.locator('tr[data-layer="3"] td[data-col="size"]').click();
  await expect.poll(() => drawnLayers(page)).toEqual([0, 7, 10, 14, 18]);
  await expect(page.locator('tr[data-layer="14"] input[type="checkbox"]')).toBeDisabled();
});

test('a non-square input: 224 × 320 keeps its shape on every grid and in the table', async ({ page }) => {
  await page.goto('./?embed=playground&playground.preset=alexnet');
  await page.locator(`${figure} [data-setting="inputWidth"]`).fill('320');
  await expect(page.locator('tr[data-layer="0"] td[data-col="size"]')).toHaveText('224 × 320');
  // conv1: floor((224 − 11)/4) + 1 = 54 rows, floor((320 − 11)/4) + 1 = 78 columns.
  await expect(page.locator('tr[data-layer="1"] td[data-col="size"]')).toHaveText('54 × 78');
  await expect(page).toHaveURL(/playground\.net=/);
  await expect(page.locator(`${figure} select[data-setting="preset"]`)).toHaveValue('custom');
  const spec = { ...NETWORK_PRESETS.alexnet, input: { ...NETWORK_PRESETS.alexnet.input, size: [224, 320] } };
  const point = await cellOnPage(page, spec, 1, 10, 70, figure);
  const canvas = page.locator(`${grid(1)} canvas`);
  const before = await canvas.boundingBox();
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/playground\.sel=1:850(&|$)/);
  // The lit grids' badges appear in a line kept for them: nothing moved under the pointer.
  expect(await canvas.boundingBox()).toEqual(before);
  await expect.poll(() => readGrids(page)).toEqual(expectedGrids(spec, 1, 10 * 78 + 70, [0, 1, 3, 8]));
});

test('a 1D network is drawn as a unit graph, as in the other sections: WaveNet’s causal field', async ({
  page,
}) => {
  await page.goto('./?embed=playground&playground.preset=wavenet&playground.sel=4:12');
  const graph = page.locator(`${figure} svg[data-panel="net"]`);
  // Output 13 of the top layer sees inputs 1 … 13 (causal: nothing after its own position).
  await expect
    .poll(() =>
      graph.locator('[data-field="receptive"][data-unit^="0:"]').evaluateAll((nodes) => nodes.length),
    )
    .toBe(13);
  await expect(page.locator(`${figure} [data-live]`)).toContainText('sees x₁–x₁₃: 13 of 16 inputs');
  await expect(page.locator(`${figure} [data-setting="photo"]`)).toBeDisabled();
});

test('the editor: an impossible kernel is explained at its field, the last network stays drawn, undo and redo', async ({
  page,
}) => {
  await page.goto('./?embed=playground&playground.preset=alexnet');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 1, 3, 8]);
  await page.locator(`${figure} .network-editor summary`).click();
  // Layer 9 is fc6, a 5 × 5 convolution on the 5 × 5 map; make it 7 wide.
  await openLayer(page, 9);
  const kernel = page.locator('[data-editor-layer="9"] [data-editor-field="kernel"] input').first();
  await kernel.fill('7');
  const issue = page.locator('[data-editor-layer="9"] [data-editor-field="kernel"] [data-field-issue]');
  await expect(issue).toHaveAttribute('data-field-issue', 'windowLargerThanInput');
  await expect(issue).toContainText(
    'Layer 9: the kernel (height) spans 7 inputs (7 taps, dilation 1) but its padded input has only 5.',
  );
  await expect(page.locator(`${figure} [data-issue]`)).toBeVisible();
  // The last possible network stays drawn: same grids, same table.
  expect(await drawnLayers(page)).toEqual([0, 1, 3, 8]);
  await expect(page.locator('tr[data-layer="9"] td[data-col="size"]')).toHaveText('1');
  await page.locator(`${figure} [data-action="undo"]`).click();
  await expect(issue).toHaveCount(0);
  await expect(page.locator(`${figure} select[data-setting="preset"]`)).toHaveValue('alexnet');
  await page.locator(`${figure} [data-action="redo"]`).click();
  await expect(issue).toHaveAttribute('data-field-issue', 'windowLargerThanInput');
  await page.keyboard.press('Control+z');
  await expect(issue).toHaveCount(0);
});

test('ResNet-50 ends in a global pool: 1 × 1 at 224, 800 × 1216 and 32 × 32, and the editor can give it a window again', async ({
  page,
}) => {
  await page.goto('./?embed=playground&playground.preset=resnet50');
  const pool5 = NETWORK_PRESETS.resnet50.layers.findIndex((layer) => layer.id === 'pool5') + 1;
  const cell = (column: string) => page.locator(`tr[data-layer="${pool5}"] td[data-col="${column}"]`);
  // The table writes an extent once when both axes agree, else height × width.
  const extent = (values: number[]) => (values[0] === values[1] ? String(values[0]) : values.join(' × '));
  await expect(cell('size')).toHaveText('1');
  for (const [height, width] of [
    [800, 1216],
    [32, 32],
  ]) {
    await page.locator(`${figure} [data-setting="inputHeight"]`).fill(String(height));
    await page.locator(`${figure} [data-setting="inputHeight"]`).press('Enter');
    await page.locator(`${figure} [data-setting="inputWidth"]`).fill(String(width));
    await page.locator(`${figure} [data-setting="inputWidth"]`).press('Enter');
    // The table follows the engine: the pool covers block 4's whole map, whatever its size.
    const spec: NetworkSpec = {
      ...NETWORK_PRESETS.resnet50,
      input: { ...NETWORK_PRESETS.resnet50.input, size: [height, width] },
    };
    const geometry = analyzeNetwork(spec)[pool5];
    expect(geometry.size).toEqual([1, 1]);
    await expect(cell('size')).toHaveText('1');
    await expect(cell('receptive-field')).toHaveText(extent(geometry.receptiveField));
    await expect(page.locator(`${figure} [data-issue]`)).toHaveCount(0);
  }
  // In the editor, pool5 says it is global; unticked, it gets a window of its own (2 × 2, stride 2),
  // which a 1 × 1 map at 32 × 32 cannot hold: the editor says so at its kernel.
  await page.locator(`${figure} .network-editor summary`).click();
  await openLayer(page, pool5);
  const global = page.locator(`[data-editor-layer="${pool5}"] [data-editor-field="global"] input`);
  await expect(global).toBeChecked();
  await expect(page.locator(`[data-editor-layer="${pool5}"] [data-editor-field="kernel"]`)).toHaveCount(0);
  await global.uncheck();
  await expect(
    page.locator(`[data-editor-layer="${pool5}"] [data-editor-field="kernel"] [data-field-issue]`),
  ).toHaveAttribute('data-field-issue', 'windowLargerThanInput');
  await global.check();
  await expect(page.locator(`${figure} [data-issue]`)).toHaveCount(0);
  await expect(cell('size')).toHaveText('1');
});

test('the effective receptive field of a selected unit: σ as the engine computes it, its 2σ ring inside r; in Chinese too', async ({
  page,
}) => {
  // Layer 23 (block2's end, S = 16) is 14 × 14; unit (7, 7) is index 7 · 14 + 7 = 105.
  await page.goto('./?embed=playground&playground.sel=23:105');
  const panel = page.locator(`${figure} [data-erf-sigma]`);
  const field = effectiveReceptiveField(RESNET, 23, [7, 7]);
  const spread = fieldSpread(field, [224, 224]);
  if (!spread) throw new Error('the field has weight');
  await expect(panel).toHaveAttribute(
    'data-erf-sigma',
    spread.sigma.map((value) => value.toFixed(3)).join(','),
  );
  // r = 99 at block2 (Araujo et al.); the ring of 2σ (4σ across) is inside it.
  const r = analyzeNetwork(RESNET)[23].receptiveField;
  expect(r).toEqual([99, 99]);
  expect(4 * spread.sigma[0]).toBeLessThan(r[0]);
  await expect(panel).toContainText(
    `spans ${Math.round((400 * spread.sigma[0]) / 99)} % of the theoretical field`,
  );
  const sigma = (Math.round(spread.sigma[0] * 10) / 10).toString();
  await expect(panel).toContainText(`σ = ${sigma} × ${sigma} input pixels`);
  await expect(panel).toContainText(`r = 99 × 99`);
  await expect(panel.locator('canvas')).toHaveAttribute('aria-label', /σ\s=\s/);
  // A question about a field keeps the panel (its dashed box is the answer) until it is checked.
  await page.goto('./?embed=playground&playground.ask=field&playground.target=23:105');
  await expect(page.locator(`${figure} [data-action="check"]`)).toBeVisible();
  await expect(panel).toHaveCount(0);
  await page.goto('./?embed=playground&playground.sel=23:105&lang=zh');
  await expect(panel).toContainText('有效感受野');
  await expect(panel).toContainText(`σ = ${sigma} × ${sigma} 个输入像素`);
  // One layer of equal weights has no middle to gather in: AlexNet's conv1 (r = 11, 4σ = 4√(120/12) ≈ 12.6).
  await page.goto('./?embed=playground&playground.preset=alexnet&playground.sel=1:1485');
  await expect(panel).toContainText('spread almost evenly over the field');
  // A corner unit of block4 (r = 483, P = 239) reaches far past the input: no share of r is given.
  await page.goto('./?embed=playground&playground.sel=50:0');
  await expect(panel).toContainText('reaches past the input');
  await expect(panel).not.toContainText('% of the theoretical field');
  // With nothing selected, the panel says how to see it.
  await page.goto('./?embed=playground');
  await expect(page.locator(`${figure} [data-erf-prompt]`)).toContainText('Select a unit above the input');
});

test('the editor: add, duplicate, move and remove layers, and paste a network as JSON', async ({ page }) => {
  await page.goto('./?embed=playground&playground.preset=book-9-4');
  await page.locator(`${figure} .network-editor summary`).click();
  await page.locator(`${figure} [data-action="add-layer"]`).click();
  await expect(page.locator('tr[data-layer="3"]')).toBeVisible();
  await openLayer(page, 1);
  await page.locator('[data-editor-layer="1"] [data-action="duplicate"]').click();
  await expect(page.locator('[data-editor-layer]')).toHaveCount(4);
  // The copy of layer "h" is named h_2 so names stay unique.
  await openLayer(page, 2);
  await expect(page.locator('[data-editor-layer="2"] [data-editor-field="id"] input')).toHaveValue('h_2');
  await openLayer(page, 4);
  await page.locator('[data-editor-layer="4"] [data-action="move-earlier"]').click();
  await openLayer(page, 1);
  await page.locator('[data-editor-layer="1"] [data-action="remove"]').click();
  await expect(page.locator('[data-editor-layer]')).toHaveCount(3);
  const json = page.locator(`${figure} [data-network-json]`);
  const own: NetworkSpec = {
    input: { size: [20, 30] },
    layers: [
      { kind: 'conv', kernel: [3, 5], dilation: 2, padding: 'same' },
      { kind: 'pool', op: 'avg', kernel: 2 },
    ],
  };
  await json.fill(JSON.stringify(own));
  await page.locator(`${figure} [data-action="apply-json"]`).click();
  await expect(page.locator('tr[data-layer="2"] td[data-col="size"]')).toHaveText('10 × 15');
  // r: 1 + (5 − 1)·1 = 5 rows, 1 + (9 − 1)·1 = 9 columns, then + (2 − 1)·1 = 6 × 10.
  await expect(page.locator('tr[data-layer="2"] td[data-col="receptive-field"]')).toHaveText('6 × 10');
  // The address bar is written once a burst of changes settles (120 ms), so wait for it.
  const linkedNetwork = () => {
    const link = new URL(page.url()).searchParams.get('playground.net') ?? '';
    return link === '' ? null : JSON.parse(Buffer.from(link, 'base64url').toString('utf8'));
  };
  await expect.poll(linkedNetwork).toEqual(own);
  await json.fill('{"input": ');
  await page.locator(`${figure} [data-action="apply-json"]`).click();
  await expect(page.locator(`${figure} .network-editor__message`)).toContainText(
    'This is not valid JSON: it ends too soon',
  );
  await expect(page.locator('tr[data-layer="2"] td[data-col="size"]')).toHaveText('10 × 15');
});

test('the network downloads as a file and a file opens as the network; a bad file is explained', async ({
  page,
}, testInfo) => {
  await page.goto('./?embed=playground&playground.preset=mobilenet-v1');
  await page.locator(`${figure} .network-editor summary`).click();
  const download = page.waitForEvent('download');
  await page.locator(`${figure} [data-action="download-network"]`).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('network.json');
  const saved = testInfo.outputPath('network.json');
  await file.saveAs(saved);
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(NETWORK_PRESETS['mobilenet-v1']);
  const upload = page.locator(`${figure} input[type="file"]`);
  await upload.setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(NETWORK_PRESETS.alexnet)),
  });
  await expect(page.locator(`${figure} select[data-setting="preset"]`)).toHaveValue('alexnet');
  await expect(page.locator(`${figure} .network-editor__message`)).toContainText('Loaded “mine.json”');
  await upload.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{not json'),
  });
  await expect(page.locator(`${figure} .network-editor__message`)).toContainText(
    // `{not json`: a property name is wanted at the 2nd character, where `n` stands.
    '“broken.json” could not be read as a network. This is not valid JSON: it goes wrong at line 1, column 2.',
  );
  await expect(page.locator(`${figure} select[data-setting="preset"]`)).toHaveValue('alexnet');
});

test('a malformed network in the link gives the nearest valid network and a specific notice', async ({
  page,
}) => {
  const broken = {
    input: { size: [64, 64] },
    layers: [
      { kind: 'conv', kernel: 3 },
      { kind: 'conv', kernel: 99 },
    ],
  };
  await page.goto(`./?playground.net=${netParam(broken as NetworkSpec)}`);
  await expect(page.locator('[data-notice="notice.url.networkCut"]')).toContainText(
    'Layer 2: the kernel (height) spans 99 inputs (99 taps, dilation 1) but its padded input has only 62. The 1 layer before it is kept.',
  );
  await page.locator(figure).scrollIntoViewIfNeeded();
  await expect(page.locator('tr[data-layer="1"] td[data-col="size"]')).toHaveText('62');
  await expect(page.locator('tr[data-layer="2"]')).toHaveCount(0);
});

test('in Chinese and embedded, the hooks work the same and the texts are Chinese', async ({ page }) => {
  await page.goto('./?embed=playground&lang=zh&playground.preset=mobilenet-v1&playground.sel=27:24');
  await expect(page.locator('h1')).toContainText('真实网络中的感受野');
  await expect.poll(() => drawnLayers(page)).toEqual([0, 3, 11, 27]);
  await expect
    .poll(() => readGrids(page))
    .toEqual(expectedGrids(NETWORK_PRESETS['mobilenet-v1'], 27, 24, [0, 3, 11, 27]));
  // MobileNet's Conv2d_13_pointwise: r 315, S 32, P 126 (Araujo et al. 2019).
  await expect(page.locator(`${figure} [data-live]`)).toContainText('r = 315，S = 32，P = 126。');
  await expect(page.locator(`${figure} .layer-table caption`)).toContainText('逐层查看');
});
