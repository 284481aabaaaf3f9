// Fig. 9.6 in the built app: the dense layer run for real (rate per worker, cancel latency, long
// tasks on the page meanwhile), the convolution in the worker, and the camera's frame rate and
// time per frame with Chromium's fake camera.

import { summarize } from './summarize.mjs';

const FIGURE = '[data-figure="edges"]';

/** Watches the page's long tasks (over 50 ms) from now on. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/**
 * Runs the dense layer to the end with `workers` workers (navigator.hardwareConcurrency set before
 * the page loads), and reads its times and rate; long tasks on the page meanwhile are counted.
 */
export async function measureDenseRun(context, url, workers) {
  const page = await context.newPage();
  await page.addInitScript((count) => {
    Object.defineProperty(navigator, 'hardwareConcurrency', { value: count });
  }, workers);
  await page.goto(url);
  await page.locator(`${FIGURE} [data-action="run-dense"]`).waitFor();
  await page.waitForTimeout(500);
  const convMs = Number(await page.locator(`${FIGURE} [data-conv-ms]`).getAttribute('data-conv-ms'));
  await watchLongTasks(page);
  await page.locator(`${FIGURE} [data-action="run-dense"]`).click();
  await page.waitForFunction(() => document.querySelector('[data-dense-run="done"]'), null, {
    timeout: 300_000,
    polling: 200,
  });
  const done = page.locator(`${FIGURE} [data-dense-rate]`);
  const result = {
    workers,
    wallMs: Math.round(Number(await done.getAttribute('data-dense-wall-ms'))),
    workMs: Math.round(Number(await done.getAttribute('data-dense-work-ms'))),
    multiplyAddsPerSecondPerWorker: Math.round(Number(await done.getAttribute('data-dense-rate'))),
    budgetPerWorker: 1e9,
    largestDifference: Number(
      await page.locator(`${FIGURE} [data-dense-difference]`).getAttribute('data-dense-difference'),
    ),
    convolutionMsInWorker: convMs,
    longTasksOnPage: await page.evaluate(() => window.__longTasks.length),
    longestTaskOnPageMs: Math.round(await page.evaluate(() => Math.max(0, ...window.__longTasks))),
  };
  await page.close();
  return result;
}

/**
 * Starts the dense run `count` times and cancels it after `afterMs`, timing from the cancel click to
 * the figure saying it stopped (the workers are terminated in that same turn).
 */
export async function measureCancel(context, url, count = 5, afterMs = 800) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`${FIGURE} [data-action="run-dense"]`).waitFor();
  const latencies = [];
  for (let run = 0; run < count; run += 1) {
    await page.locator(`${FIGURE} [data-action="run-dense"]`).click();
    await page.locator(`${FIGURE} [role="progressbar"]`).waitFor();
    await page.waitForTimeout(afterMs);
    const latency = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const figure = document.querySelector('[data-figure="edges"]');
          const button = figure.querySelector('[data-action="cancel-dense"]');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (figure.querySelector('[data-dense-run="cancelled"]')) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(figure, { subtree: true, attributes: true, childList: true });
          button.click();
        }),
    );
    latencies.push(latency);
  }
  await page.close();
  return { cancelToStoppedMs: summarize(latencies), budgetMs: 100 };
}

/** The camera (Chromium's fake device) feeding the figure for `seconds`: frames per second and ms per frame. */
export async function measureCamera(context, url, seconds = 4) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`${FIGURE} [data-action="camera"]`).click();
  const status = page.locator(`${FIGURE} [data-camera-fps]`);
  await status.waitFor();
  const fps = [];
  const frameMs = [];
  for (let second = 0; second < seconds; second += 1) {
    await page.waitForTimeout(1000);
    fps.push(Number(await status.getAttribute('data-camera-fps')));
    frameMs.push(Number(await status.getAttribute('data-camera-frame-ms')));
  }
  await page.locator(`${FIGURE} [data-action="camera-stop"]`).click();
  await page.close();
  return {
    image: '280 × 320 frames, kernel [−1, 1]',
    framesPerSecond: summarize(fps),
    budgetFramesPerSecond: 15,
    captureToDrawnMs: summarize(frameMs),
    budgetFrameMs: 8,
  };
}
