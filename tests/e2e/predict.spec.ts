import type { Page } from '@playwright/test';
import { embedSnippet } from '../../src/embed/index.ts';
import {
  analyzeNetwork,
  imageTransformCommutes,
  listConnections,
  type NetworkSpec,
  traceField,
} from '../../src/engine/index.ts';
import { SCENES } from '../../src/figures/index.ts';
import { EDGE_KERNELS, NETWORK_PRESETS, questionKernel } from '../../src/scenes/index.ts';
import { boxOverlap, decodeUrlState } from '../../src/state/index.ts';
import { expect, test } from './fixtures.ts';
import { serveBuild } from './staticHost.ts';

// Predict, then check, in the built app: a question from a link, answered by click, keyboard,
// touch, a box or a choice, judged against the engine's own exact answer; nothing of the answer
// in the page before the check; the question (never the answer) in the link.

/** The spec a figure's panel draws for the settings a link gives. */
function panelSpec(query: string, figure: string, panel: string): NetworkSpec {
  const scene = SCENES.find((item) => item.id === figure);
  const params = decodeUrlState(query, SCENES).state.figures[figure].params;
  const spec = scene?.panels(params).find((item) => item.id === panel)?.spec;
  if (!spec) throw new Error(`no panel ${panel} in ${figure}`);
  return spec;
}

/** Unit keys (`layer:index`) a traced field marks on the layers below (`field`) or above (`reach`) its unit. */
function answerKeys(spec: NetworkSpec, layer: number, index: number, kind: 'field' | 'reach'): string[] {
  const keys: string[] = [];
  traceField(spec, layer, index).forEach((mask, at) => {
    if (kind === 'field' ? at >= layer : at <= layer) return;
    mask.forEach((value, unit) => {
      if (value) keys.push(`${at}:${unit}`);
    });
  });
  return keys;
}

/** The verdict drawn on each judged unit of a panel, by key. */
async function verdicts(page: Page, figure: string, panel: string): Promise<Record<string, string>> {
  const pairs = await page
    .locator(`[data-figure="${figure}"] svg[data-panel="${panel}"] [data-judged]`)
    .evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-unit') ?? '', node.getAttribute('data-judged') ?? '']),
    );
  return Object.fromEntries(pairs);
}

/** What the judged units of a panel must be: every unit of the answer right or missed, every other mark extra. */
function expectedVerdicts(answer: string[], marks: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of answer) result[key] = marks.includes(key) ? 'right' : 'missed';
  for (const key of marks) if (!answer.includes(key)) result[key] = 'extra';
  return result;
}

/**
 * Nothing of a field's answer is in the page: no lit unit, no judged unit, no verdict, no unit
 * named as in a field, nothing said of what a unit sees, no strong edge.
 */
async function expectNoAnswerShown(page: Page, figure: string) {
  const section = page.locator(`[data-figure="${figure}"]`);
  await expect(section.locator('[data-field]')).toHaveCount(0);
  await expect(section.locator('[data-judged]')).toHaveCount(0);
  await expect(section.locator('[data-question-result]')).toHaveCount(0);
  await expect(section.locator(':is(.edges--strong, .edges--emphasis) path[d^="M"]')).toHaveCount(0);
  await expect(section.locator('[data-live]')).toHaveText('');
  const labels = await section
    .locator('[data-unit]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? '').join('\n'));
  expect(labels).not.toMatch(/in the receptive field|reached|位于感受野内|受其影响/);
}

test('figs. 9.2–9.3: which inputs s₃ sees, marked by click in both panels and judged against the engine', async ({
  page,
}) => {
  const query = '?v=1&sparse.ask=field&sparse.target=1:2';
  await page.goto(`./${query}`);
  const figure = '[data-figure="sparse"]';
  await expect(page.locator(figure)).toHaveAttribute('data-ask', 'field');
  await expect(page.locator(`${figure} .question`)).toContainText('Which units does s₃ see?');
  // Both drawings are answered, and the task says so, naming them as their captions do.
  await expect(page.locator(`${figure} .question__how`)).toHaveText(
    'Mark every unit of its receptive field on the layers below it, in each drawing (“Convolution (kernel width 3)”, “Dense (matrix multiplication)”), then check.',
  );
  await expect(page.locator(`${figure} [data-target]`)).toHaveCount(2);
  await expectNoAnswerShown(page, 'sparse');
  const convMarks = ['0:1', '0:2', '0:4'];
  const denseMarks = ['0:0', '0:1', '0:2', '0:3'];
  for (const key of convMarks)
    await page.locator(`${figure} svg[data-panel="conv"] [data-unit="${key}"]`).click();
  for (const key of denseMarks)
    await page.locator(`${figure} svg[data-panel="dense"] [data-unit="${key}"]`).click();
  // The output layer is not part of the answer: a click there marks nothing.
  await page.locator(`${figure} svg[data-panel="conv"] [data-unit="1:0"]`).click({ force: true });
  await expect(page.locator(`${figure} [data-marked]`)).toHaveCount(7);
  await expect(page.locator(`${figure} .question__result`)).toHaveText('You have marked 7 units.');
  await expectNoAnswerShown(page, 'sparse');
  // The link holds the question and no answer.
  await expect(page).toHaveURL(/sparse\.ask=field&sparse\.target=1:2/);
  expect(page.url()).not.toMatch(/0:1|0:4/);
  await page.locator(`${figure} [data-action="check"]`).click();
  const conv = answerKeys(panelSpec(query, 'sparse', 'conv'), 1, 2, 'field');
  const dense = answerKeys(panelSpec(query, 'sparse', 'dense'), 1, 2, 'field');
  expect(conv).toEqual(['0:1', '0:2', '0:3']);
  await expect.poll(() => verdicts(page, 'sparse', 'conv')).toEqual(expectedVerdicts(conv, convMarks));
  expect(await verdicts(page, 'sparse', 'dense')).toEqual(expectedVerdicts(dense, denseMarks));
  // Conv: 2 of 3 found, 1 extra; dense: 4 of 5, none extra.
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveText('6 of 8 found, 1 extra.');
  // The answer is drawn as the field, and said.
  await expect(page.locator(`${figure} [data-live]`)).toContainText('s₃ sees x₂, x₃, x₄: 3 of 5 inputs.');
});

test('fig. 9.4 by keyboard alone, in Chinese: which units g₇ sees, marked with the arrows and Space', async ({
  page,
}) => {
  const query = '?v=1&embed=deep&deep.ask=field&deep.target=2:6&lang=zh';
  await page.goto(`./${query}`);
  const figure = '[data-figure="deep"]';
  await expect(page.locator(`${figure} .question`)).toContainText('g₇ 能看到哪些单元？');
  await expectNoAnswerShown(page, 'deep');
  // Tab enters the graph on a unit that can be marked: the one drawn nearest g₇ in the layer below
  // it (h₇); the arrows walk to h₆ and along.
  const entry = page.locator(`${figure} [data-unit="1:6"]`);
  await expect(entry).toHaveAttribute('tabindex', '0');
  await entry.focus();
  await page.keyboard.press('ArrowLeft');
  const marks = ['1:5', '1:6', '1:7'];
  for (const _ of marks) {
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator(`${figure} [data-marked]`)).toHaveCount(4);
  const allMarks = [...marks, '0:8'];
  expect(
    await page
      .locator(`${figure} [data-marked]`)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit'))),
  ).toEqual(expect.arrayContaining(allMarks));
  const check = page.locator(`${figure} [data-action="check"]`);
  await check.focus();
  await page.keyboard.press('Enter');
  const answer = answerKeys(panelSpec(query, 'deep', 'stack'), 2, 6, 'field');
  await expect.poll(() => verdicts(page, 'deep', 'stack')).toEqual(expectedVerdicts(answer, allMarks));
  const found = allMarks.filter((key) => answer.includes(key)).length;
  const extra = allMarks.length - found;
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveText(
    `应标 ${answer.length} 个，找到 ${found} 个，多标 ${extra} 个。`,
  );
  // Check is gone once answered: focus is on the verdict, not back at the top of the page.
  await expect(page.locator(`${figure} [data-question-result]`)).toBeFocused();
  // Leaving the question puts focus on Ask, offering the same kind of question again.
  await page.locator(`${figure} [data-action="explore"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`${figure} [data-action="ask"]`)).toBeFocused();
  await expect(page.locator(`${figure} [data-setting="question-kind"]`)).toHaveValue('field');
  await page.locator(`${figure} [data-setting="question-kind"]`).selectOption('reach');
  await page.locator(`${figure} [data-action="ask"]`).press('Enter');
  await expect(page.locator(`${figure} .question__text`)).toBeFocused();
  await page.locator(`${figure} [data-action="explore"]`).press('Enter');
  await expect(page.locator(`${figure} [data-setting="question-kind"]`)).toHaveValue('reach');
});

test('on a phone, by touch: which outputs x₃ reaches, in an embed', async ({ browser }) => {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 375, height: 740 },
  });
  const page = await context.newPage();
  const query = '?v=1&embed=variable&variable.ask=reach&variable.target=0:2';
  await page.goto(`./${query}`);
  const figure = '[data-figure="variable"]';
  await expect(page.locator(`${figure} .question`)).toContainText('Which units does x₃ reach?');
  const marks = ['1:1', '1:2', '1:3'];
  for (const key of marks) await page.locator(`${figure} svg[data-panel="conv"] [data-unit="${key}"]`).tap();
  await page.locator(`${figure} [data-action="check"]`).tap();
  const answer = answerKeys(panelSpec(query, 'variable', 'conv'), 0, 2, 'reach');
  await expect.poll(() => verdicts(page, 'variable', 'conv')).toEqual(expectedVerdicts(answer, marks));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});

test('a layer’s size: r first, then S and P, each judged against the layer’s geometry', async ({ page }) => {
  const query = '?v=1&embed=deep&deep.stride=1&deep.ask=size&deep.target=3:3';
  await page.goto(`./${query}`);
  const figure = '[data-figure="deep"]';
  // The chart of r per layer would give it away: it waits for the check.
  await expect(page.locator(`${figure} .question`)).toContainText(
    'How large is the receptive field of layer 3',
  );
  // Its place is kept (nothing moves when it comes), with no bar or number in it.
  await expect(page.locator(`${figure} [data-bar], ${figure} [data-chart="bars"]`)).toHaveCount(0);
  const concealed = page.locator(`${figure} [data-chart="concealed"]`);
  await expect(concealed).toContainText('appears when you check');
  expect(await concealed.locator('svg text').allTextContents()).toEqual(['x', 'h', 'g', 'f']);
  // Where it stands beside the stack of layers (the verdict above moves both alike), and its size.
  const place = async (chart: string) => {
    const [box, stack] = [
      await page.locator(`${figure} ${chart}`).boundingBox(),
      await page.locator(`${figure} figure[data-panel="stack"]`).boundingBox(),
    ];
    return [(box?.x ?? 0) - (stack?.x ?? 0), (box?.y ?? 0) - (stack?.y ?? 0), box?.width, box?.height];
  };
  const placeBefore = await place('[data-chart="concealed"]');
  const geometry = analyzeNetwork(panelSpec(query, 'deep', 'stack'))[3];
  // Three 3-wide layers, the second with stride 2: r = 1 + 2 + 2 + 2·2 = 9, S = 2, P = 1 + 1 + 2 = 4 (TensorFlow 'same').
  expect([geometry.receptiveField[0], geometry.effectiveStride[0]]).toEqual([9, 2]);
  await page.locator(`${figure} [data-answer="r"]`).fill('7');
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-question-result] p`).first()).toHaveText(
    `r = 7: not quite; it is ${geometry.receptiveField[0]}.`,
  );
  expect(await place('[data-chart="bars"]')).toEqual(placeBefore);
  await page.locator(`${figure} [data-answer="S"]`).fill(String(geometry.effectiveStride[0]));
  await page.locator(`${figure} [data-answer="P"]`).fill('0');
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-question-result] p`)).toHaveText([
    `r = 7: not quite; it is ${geometry.receptiveField[0]}.`,
    `S = ${geometry.effectiveStride[0]}: right.`,
    `P = 0: not quite; it is ${geometry.effectivePadding[0]}.`,
    /^Unit u of this layer sees inputs u·2 − \d+ to u·2 \+ \d+\.$/,
  ]);
  await expect(page.locator(`${figure} [data-action="check"]`)).toHaveCount(0);
});

test('fig. 9.5: which connections use w₁, marked on the convolution; the border leaves it four', async ({
  page,
}) => {
  const query = '?v=1&embed=sharing&sharing.ask=weight&sharing.target=1:0';
  await page.goto(`./${query}`);
  const figure = '[data-figure="sharing"]';
  await expect(page.locator(`${figure} .question`)).toContainText('use the weight w₁?');
  // No weight's uses are drawn strong before the check, nor are edges drawn in their weight's colour.
  await expect(page.locator(`${figure} :is(.edges--strong, .edges--emphasis) path[d^="M"]`)).toHaveCount(0);
  await expect(page.locator(`${figure} [data-panel] [data-weight-tap]`)).toHaveCount(0);
  const marks = ['1:1:0', '1:2:1', '1:0:0'];
  for (const key of marks) await page.locator(`${figure} [data-connection="${key}"]`).click();
  await page.locator(`${figure} [data-action="check"]`).click();
  const connections = listConnections(panelSpec(query, 'sharing', 'conv'), 1);
  const answer: string[] = [];
  connections.taps.forEach((tap, edge) => {
    if (tap === 0) answer.push(`1:${connections.outputs[edge]}:${connections.inputs[edge]}`);
  });
  expect(answer).toHaveLength(4);
  const judged = await page
    .locator(`${figure} [data-connection][data-judged]`)
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((node) => [node.getAttribute('data-connection'), node.getAttribute('data-judged')]),
      ),
    );
  expect(judged).toEqual(expectedVerdicts(answer, marks));
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveText('2 of 4 found, 1 extra.');
  // Checked, the convolution's edges take their weights' colours again.
  await expect(page.locator(`${figure} [data-panel="conv"] [data-weight-tap]`).first()).toBeAttached();
});

test('the playground: a box dragged on the photo for a cell, scored by its overlap with the exact field', async ({
  page,
}) => {
  const query = '?v=1&embed=playground&playground.ask=field&playground.target=11:378';
  await page.goto(`./${query}`);
  const figure = '[data-figure="playground"]';
  // Layer 11 of ResNet-50 is 28 × 28: unit 378 is row 13, column 14.
  await expect(page.locator(`${figure} .question`)).toContainText(
    'the cell at row 13, column 14 of layer 11',
  );
  // r, S and P per layer would give the box away: the table and the chart wait for the check.
  await expect(page.locator(`${figure} table`)).toHaveCount(0);
  // Check pressed before the box is there says what it waits for.
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-box-problem]`)).toHaveText(
    'Check waits for every edge of the box, each a whole row or column: type them, or drag a box on the input.',
  );
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveCount(0);
  const marker = page.locator(`${figure} [data-layer-grid="0"] [data-box-marker]`);
  await marker.scrollIntoViewIfNeeded();
  const box = await marker.boundingBox();
  if (!box) throw new Error('no input grid');
  // The fitted input grid shows the world in its data-world hook: drag from pixel (90, 95) to (130, 125).
  const world = (
    await page.locator(`${figure} [data-layer-grid="0"] [data-world]`).getAttribute('data-world')
  )
    ?.split(',')
    .map(Number) ?? [0, 0, 1, 1];
  const at = (x: number, y: number) => ({
    x: box.x + ((x - world[0]) / world[2]) * box.width,
    y: box.y + ((y - world[1]) / world[3]) * box.height,
  });
  const from = at(95, 90);
  const to = at(125, 130);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await expect(page.locator(`${figure} [data-answer="top"]`)).toHaveValue('90');
  await expect(page.locator(`${figure} [data-answer="left"]`)).toHaveValue('95');
  await expect(page.locator(`${figure} [data-answer="bottom"]`)).toHaveValue('130');
  await expect(page.locator(`${figure} [data-answer="right"]`)).toHaveValue('125');
  // A box upside down, or off the 224 × 224 input, cannot be checked, and the page says why.
  const check = page.locator(`${figure} [data-action="check"]`);
  await page.locator(`${figure} [data-answer="top"]`).fill('150');
  await expect(check).toBeDisabled();
  await expect(page.locator(`${figure} [data-box-problem]`)).toHaveText(
    'The top row must not be below the bottom row, nor the left column right of the right column.',
  );
  await page.locator(`${figure} [data-answer="top"]`).fill('90');
  await page.locator(`${figure} [data-answer="right"]`).fill('300');
  await expect(page.locator(`${figure} [data-box-problem]`)).toHaveText(
    'An edge is off the input: rows count from 0 to 223, columns from 0 to 223.',
  );
  await expect(check).toBeDisabled();
  // Typed, the box is the same answer: move its right edge by keyboard.
  await page.locator(`${figure} [data-answer="right"]`).fill('134');
  await expect(page.locator(`${figure} [data-box-problem]`)).toHaveCount(0);
  await check.click();
  const resnet = NETWORK_PRESETS.resnet50;
  const mask = traceField(resnet, 11, [13, 14])[0];
  const overlap = boxOverlap(mask, [224, 224], { top: 90, left: 95, bottom: 130, right: 134 });
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveText(
    `Your box holds ${percent(overlap.found)} of the field, and ${percent(overlap.extra)} of the box lies outside it (overlap ${percent(overlap.overlap)}).`,
  );
  // The exact field is then drawn on the photo, and the table comes back; the layers above the
  // cell, whose reach a field question does not show, claim none.
  await expect(page.locator(`${figure} [data-layer-grid="0"]`)).toHaveAttribute('data-role', 'receptive');
  await expect(page.locator(`${figure} [data-layer-grid="11"]`)).toHaveAttribute('data-role', 'self');
  await expect(page.locator(`${figure} [data-layer-grid="23"]`)).toHaveAttribute('data-role', '');
  await expect(page.locator(`${figure} table`)).toHaveCount(1);
});

test('fig. 9.6: which kernel made the map, hidden in the link and in the page until checked', async ({
  page,
}) => {
  const number = 17;
  const hidden = questionKernel(number);
  await page.goto(`./?v=1&embed=edges&edges.ask=kernel&edges.target=0:${number}`);
  const figure = '[data-figure="edges"]';
  await expect(page.locator(`${figure} .question`)).toContainText('Which kernel made this edge map?');
  await expect(page.locator(`${figure} canvas`).first()).toBeVisible();
  // Neither the kernel picker, nor the counts (which give its size), nor the formula is on the page.
  await expect(page.locator(`${figure} [data-setting="kernel"]`)).toHaveCount(0);
  await expect(page.locator(`${figure} [data-count]`)).toHaveCount(0);
  expect(page.url()).not.toContain(hidden);
  const wrong = Object.keys(EDGE_KERNELS).find((kernel) => kernel !== hidden) ?? '';
  await page.locator(`${figure} [data-answer="kernel:${wrong}"]`).check();
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-question-result]`)).toContainText('Not quite: you chose');
  // Explored freely afterwards, the figure keeps that kernel, now named in its picker.
  await page.locator(`${figure} [data-action="explore"]`).click();
  await expect(page.locator(`${figure} [data-setting="kernel"]`)).toHaveValue(hidden);
});

for (const [kernel, rotate, expected] of [
  ['laplacian', 90, 'yes'],
  ['book', 180, 'no'],
] as const) {
  test(`fig. 9.6: does a ${rotate}° turn commute with ${kernel}? Both orders are shown only after the check`, async ({
    page,
  }) => {
    await page.goto(`./?v=1&embed=edges&edges.ask=commute&edges.kernel=${kernel}&edges.rotate=${rotate}`);
    const figure = '[data-figure="edges"]';
    await expect(page.locator(`${figure} [data-check-image="transformed"]`)).toBeVisible();
    await expect(page.locator(`${figure} [data-check-image="difference"]`)).toHaveCount(0);
    const truth = imageTransformCommutes(EDGE_KERNELS[kernel].weights, EDGE_KERNELS[kernel].size, {
      kind: 'rotate',
      degrees: rotate,
    });
    expect(truth ? 'yes' : 'no').toBe(expected);
    await page.locator(`${figure} [data-answer="commute:yes"]`).check();
    await page.locator(`${figure} [data-action="check"]`).click();
    await expect(page.locator(`${figure} [data-question-result]`)).toHaveText(
      expected === 'yes'
        ? 'Right: the two orders agree everywhere away from the borders.'
        : 'Not quite: the two orders differ.',
    );
    // The measurement agrees with the verdict.
    const largest = Number(
      await page.locator(`${figure} [data-largest-interior]`).getAttribute('data-largest-interior'),
    );
    if (expected === 'yes') expect(largest).toBe(0);
    else expect(largest).toBeGreaterThan(0);
  });
}

test('equivariance: does stretching commute? The orders are hidden until the check', async ({ page }) => {
  await page.goto('./?v=1&embed=equivariance&equivariance.ask=commute&equivariance.transform=stretch');
  const figure = '[data-figure="equivariance"]';
  await expect(page.locator(`${figure} .question`)).toContainText('a stretch to twice the length');
  await expect(page.locator(`${figure} [data-verdict]`)).toHaveCount(0);
  await page.locator(`${figure} [data-answer="commute:no"]`).check();
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveText('Right: the two orders differ.');
  await expect(page.locator(`${figure} [data-verdict]`)).toHaveAttribute('data-verdict', 'differ');
});

test('“Try another” draws the same next question for everyone who has the link, and the link follows', async ({
  page,
  browser,
}) => {
  const start = './?v=1&embed=deep&deep.ask=field&deep.target=3:6';
  const nextTarget = async (target: Page) => {
    await target.goto(start);
    await target.locator('[data-figure="deep"] [data-unit="1:2"]').click();
    await target.locator('[data-action="another"]').click();
    await expect(target).not.toHaveURL(/deep\.target=3:6/);
    await expect(target.locator('[data-figure="deep"] [data-marked]')).toHaveCount(0);
    return new URL(target.url()).searchParams.get('deep.target');
  };
  const first = await nextTarget(page);
  const other = await browser.newPage();
  expect(await nextTarget(other)).toBe(first);
  await other.close();
  expect(first).toMatch(/^[1-3]:\d+$/);
  await expect(page.locator('[data-figure="deep"] [data-target]')).toHaveAttribute('data-unit', first ?? '');
});

test('“Copy my result” gives one line with the question, the verdict and the question’s link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?v=1&sparse.ask=reach&sparse.target=0:0');
  const figure = '[data-figure="sparse"]';
  await page.locator(`${figure} svg[data-panel="conv"] [data-unit="1:0"]`).click();
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-question-result]`)).toHaveText('1 of 7 found, 0 extra.');
  await page.locator(`${figure} [data-action="copy-result"]`).click();
  const line = await page.evaluate(() => navigator.clipboard.readText());
  expect(line).toMatch(
    /^Receptive Field Lab, Sparse interactions: Which units does x₁ reach\? 1 of 7 found, 0 extra\. http:\/\/[^ ]+\?v=1&sparse\.ask=reach&sparse\.target=0:0&lang=en#figure-sparse$/,
  );
});

test('embedded on another site, “Copy my result” copies when the snippet allows it, and otherwise hands over the line to copy', async ({
  page,
  context,
  baseURL,
  consoleErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = `${baseURL}?v=1&embed=sparse&sparse.ask=reach&sparse.target=0:0`;
  // A course page on a site of its own (a host on another port: another origin): one frame as the
  // dialog writes it, one without its `allow`.
  const host = await serveBuild({
    base: '/lab-is-elsewhere/',
    pages: {
      '/week3.html': `<!doctype html><title>Week 3</title><link rel="icon" href="data:,">${embedSnippet(lab, 'allowed', 900, 'markdown')}${embedSnippet(lab, 'forbidden', 900, 'markdown', [])}`,
    },
  });
  const course = new URL('/week3.html', host.url).href;
  await page.goto(course);
  const expected =
    /^Receptive Field Lab, Sparse interactions: Which units does x₁ reach\? 1 of 7 found, 0 extra\. http:\/\/[^ ]+\?v=1&sparse\.ask=reach&sparse\.target=0:0&lang=en#figure-sparse$/;
  for (const title of ['allowed', 'forbidden']) {
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    await frame.locator('svg[data-panel="conv"] [data-unit="1:0"]').click();
    await frame.locator('[data-action="check"]').click();
    await frame.locator('[data-action="copy-result"]').click();
  }
  const allowed = page.frameLocator('iframe[title="allowed"]');
  await expect(allowed.locator('.question__copy [role="status"]')).toHaveText(
    'Copied: paste it into your course’s quiz.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(expected);
  const forbidden = page.frameLocator('iframe[title="forbidden"]');
  const line = forbidden.locator('[data-result-line]');
  await expect(line).toBeFocused();
  expect(await line.inputValue()).toMatch(expected);
  // A new verdict is another line: what copying said about the old one goes.
  await forbidden.locator('[data-action="retry"]').click();
  await expect(line).toHaveCount(0);
  await host.close();
  // The browser said why the second frame could not copy; that is the one error this page expects.
  expect(consoleErrors.filter((error) => !/permissions policy/i.test(error))).toEqual([]);
  expect(consoleErrors.length).toBeGreaterThan(0);
  consoleErrors.length = 0;
});

test('a teacher asks first from the embed dialog: the snippet carries the question, and the embed asks it', async ({
  page,
}) => {
  await page.goto('./');
  const figure = '[data-figure="deep"]';
  await page.locator(figure).scrollIntoViewIfNeeded();
  // The teacher picks the unit to ask about, then asks first in the dialog.
  await page.locator(`${figure} [data-unit="2:4"]`).click();
  await page.locator(`${figure} [data-action="embed"]`).click();
  await page.locator(`${figure} [data-setting="embedAskFirst"]`).selectOption('field');
  // The dialog says which unit the embed asks about, and how to choose another.
  await expect(page.locator(`${figure} [data-asks]`)).toHaveText(
    'The embedded figure asks: Which units does g₅ see? To ask about another unit, select it in the figure before opening this dialog.',
  );
  const snippet = await page.locator(`${figure} [data-embed-snippet]`).inputValue();
  const src = /src="([^"]+)"/.exec(snippet)?.[1].replaceAll('&amp;', '&') ?? '';
  expect(src).toContain('deep.ask=field&deep.target=2:4');
  await page.goto(src);
  await expect(page.locator('[data-embed="deep"] [data-figure]')).toHaveAttribute('data-ask', 'field');
  await expect(page.locator('[data-embed="deep"] [data-target]')).toHaveAttribute('data-unit', '2:4');
});

test('“Explore freely” after a check keeps the answer in sight: the unit selected, its field lit', async ({
  page,
}) => {
  await page.goto('./?v=1&embed=deep&deep.ask=reach&deep.target=0:6');
  const figure = '[data-figure="deep"]';
  await page.locator(`${figure} [data-action="check"]`).click();
  await expect(page.locator(`${figure} [data-judged="missed"]`).first()).toBeVisible();
  await page.locator(`${figure} [data-action="explore"]`).click();
  // The pointer is moved off the graph, so it previews no other unit.
  await page.mouse.move(0, 0);
  await expect(page.locator(figure)).not.toHaveAttribute('data-ask', /.+/);
  await expect(page).toHaveURL(/deep\.sel=0:6/);
  await expect(page.locator(`${figure} [data-field="influence"]`).first()).toBeVisible();
  await expect(page.locator(`${figure} [data-setting="inputLength"]`)).toBeEnabled();
});
