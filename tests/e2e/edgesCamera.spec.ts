import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { expect, test } from './fixtures.ts';

// Chromium's fake camera (a moving test pattern) granted without a prompt.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
  permissions: ['camera'],
});

const figure = '[data-figure="edges"]';

test('the camera feeds the edge figure live, frame after frame, and stops', async ({ page }) => {
  await page.goto('./?embed=edges');
  await expect(page.locator(`${figure} [data-count="outputs"]`)).toHaveText('89,320');
  await page.locator(`${figure} [data-action="camera"]`).click();
  const status = page.locator(`${figure} [data-camera-fps]`);
  await expect(status).toBeVisible();
  // Frames keep coming (the rate itself is measured by npm run bench, not asserted here).
  await expect
    .poll(async () => Number(await status.getAttribute('data-camera-fps')), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect(page.locator(`${figure} [data-layer-grid="0"]`)).toContainText('camera, 320 × 280');
  // Frames are cropped to the book's size: the counts stay the book's.
  await expect(page.locator(`${figure} [data-count="dense-flops"]`)).toHaveText('16,006,144,000');
  // A frame's output can be selected and read while the camera runs.
  await page.locator(`${figure} [data-layer-grid="1"] .grid-canvas`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`${figure} [data-live]`)).toContainText(
    'y(140, 159) = x(140, 160) − x(140, 159)',
  );
  await page.locator(`${figure} [data-action="camera-stop"]`).click();
  await expect(page.locator(`${figure} [data-action="camera"]`)).toBeVisible();
  // The last frame stays, as an image of one's own, until the photo is chosen again.
  await expect(page.locator(`${figure} [data-own-image="camera"]`)).toBeVisible();
  await page.locator(`${figure} [data-action="back-to-photo"]`).click();
  await expect(page.locator(`${figure} [data-layer-grid="0"]`)).toContainText('a cat (Chelsea)');
});

test('a camera that is not allowed gets a message and the photo stays', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('./?embed=edges&lang=zh');
  await page.locator(`${figure} [data-action="camera"]`).click();
  await expect(page.locator('[data-notice="notice.camera.denied"]')).toContainText(
    '没有获得使用摄像头的许可',
  );
  await expect(page.locator(`${figure} [data-layer-grid="0"]`)).toContainText('Chelsea');
  await expect(page.locator(`${figure} [data-action="camera"]`)).toBeVisible();
});
