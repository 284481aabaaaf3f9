import { expect, showFigure, test } from './fixtures.ts';

const figure = '[data-figure="equivariance"]';

test('a sample picked by link is traced through both orders: a shift lands it on the same outputs', async ({
  page,
}) => {
  // Shift by 5 with [−1, 1] ('same': output o reads o and o + 1): x₁₂ feeds s₁₁ and s₁₂; T moves it
  // to 17, where it feeds 16 and 17 of f(T(x)); T moves s₁₁, s₁₂ to 16 and 17 of T(f(x)).
  await page.goto('./?equivariance.sel=0:12');
  await showFigure(page, 'equivariance');
  const pick = page.locator(`${figure} [data-pick]`);
  await expect(pick).toContainText('x₁₂ =');
  await expect(pick).toContainText(
    'feeds outputs 11–12 of f(x). T moves it to position 17, where it feeds outputs 16–17 of f(T(x)).',
  );
  await expect(pick).toContainText('to outputs 16–17 of T(f(x)). The same positions');
  await expect(page.locator(`${figure} [data-marks="transformed"]`)).toHaveAttribute('data-positions', '17');
  await expect(page.locator(`${figure} [data-marks="transform-then-convolve"]`)).toHaveAttribute(
    'data-positions',
    '16,17',
  );
  await expect(page.locator(`${figure} [data-marks="convolve-then-transform"]`)).toHaveAttribute(
    'data-positions',
    '16,17',
  );
});

test('a stretch lands a picked sample on different outputs in the two orders, in Chinese too', async ({
  page,
}) => {
  // Stretch by 2: T(x)[j] = x[⌊j/2⌋], so x₁₂ lands at 24 and 25, read by outputs 23–25 of f(T(x));
  // T(f(x)) copies s₁₁ and s₁₂ to 22–25.
  await page.goto('./?equivariance.transform=stretch&equivariance.sel=0:12');
  await showFigure(page, 'equivariance');
  const pick = page.locator(`${figure} [data-pick]`);
  await expect(pick).toContainText('T moves it to positions 24–25, where it feeds outputs 23–25 of f(T(x))');
  await expect(pick).toContainText(
    'to outputs 22–25 of T(f(x)). Not the same positions: the two orders disagree',
  );
  await page.goto('./?equivariance.transform=stretch&equivariance.sel=0:12&lang=zh');
  await showFigure(page, 'equivariance');
  await expect(pick).toContainText('位置不同');
});

test('by click, tap or keys: the chart is a slider over the samples, and Escape clears', async ({ page }) => {
  await page.goto('./?embed=equivariance');
  const slider = page.locator(`${figure} [data-picker]`);
  const box = await slider.locator('svg').boundingBox();
  if (!box) throw new Error('no chart');
  // The chart's plot spans view x 34 … 470 of 480 for samples 0 … 39: sample 20 sits at 34 + 20 · 436 / 39.
  await page.mouse.click(box.x + ((34 + (20 * 436) / 39) / 480) * box.width, box.y + box.height / 2);
  await expect(slider).toHaveAttribute('aria-valuenow', '20');
  await expect(page).toHaveURL(/equivariance\.sel=0(%3A|:)20/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '22');
  await expect(slider).toHaveAttribute('aria-valuetext', /sample x₂₂ = /);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('Escape');
  await expect(page.locator(`${figure} [data-pick]`)).toHaveText(/Click or tap a sample/);
  await expect(page).not.toHaveURL(/equivariance\.sel/);
});

test('a sample at an end: what the shift pushes out or pulls in is said to be a border effect', async ({
  page,
}) => {
  // 40 samples, shift 5, [−1, 1] with 'same' padding. x₃₅ feeds s₃₄, s₃₅; T moves it to 40, past the
  // end, while s₃₄, s₃₅ move to 39 and 40: only 39 is left in T(f(x)).
  await page.goto('./?equivariance.sel=0:35');
  await showFigure(page, 'equivariance');
  const pick = page.locator(`${figure} [data-pick]`);
  await expect(pick).toContainText('feeds outputs 34–35 of f(x). T pushes it past an end of the signal');
  await expect(pick).toContainText(
    'to output 39 of T(f(x)). Not the same positions, but only where a border',
  );
  await expect(pick).toContainText('a border effect, not a failure of equivariance');
  // x₃₆ feeds s₃₅, s₃₆, which move to 40 and 41: nothing is left in either order.
  await page.goto('./?equivariance.sel=0:36');
  await showFigure(page, 'equivariance');
  await expect(pick).toContainText('T moves the outputs it fed out of the signal too. The same positions');
  // x₀ feeds only s₀ (s₋₁ does not exist); moved to 5 it feeds s₄ and s₅, while T(f(x)) has s₅ alone:
  // they differ at output 4, next to the zeros the shift pulls in, which is a border effect.
  await page.goto('./?equivariance.sel=0:0');
  await showFigure(page, 'equivariance');
  await expect(pick).toContainText(
    'feeds output 0 of f(x). T moves it to position 5, where it feeds outputs 4–5',
  );
  await expect(pick).toContainText('to output 5 of T(f(x)). Not the same positions, but only where a border');
});
