// The playground in the built app (ResNet-50, 224 × 224 input): click → highlight painted, a hover
// sweep across the input grid, and the heap over 2,000 selections. Runs in Chromium against
// `vite preview` of dist/.

import { summarize } from './summarize.mjs';

/** Page coordinates of `count` points spread over a grid's canvas, along a diagonal sweep. */
async function pointsOver(page, layer, count) {
  const box = await page.locator(`[data-layer-grid="${layer}"] canvas`).boundingBox();
  const world = (await page.locator(`[data-layer-grid="${layer}"] .grid-canvas`).getAttribute('data-world'))
    .split(',')
    .map(Number);
  // Stay over the picture (inside the padding margin): the margin is a sixteenth on each side.
  const inset = (-world[0] - 0.5) / world[2];
  return Array.from({ length: count }, (_, step) => {
    const fraction = inset + ((1 - 2 * inset) * (step + 0.5)) / count;
    const across = inset + ((1 - 2 * inset) * ((step * 7) % count)) / count;
    return { x: box.x + box.width * across, y: box.y + box.height * fraction };
  });
}

async function openPlayground(page, url) {
  await page.goto(url);
  await page.locator('[data-layer-grid="0"] canvas').waitFor();
  await page.locator('[data-layer-grid="0"]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
}

/**
 * Clicks `count` cells of the input grid and of a deep grid, timing each from the pointer going
 * down until the grids show the new field: the grids paint their canvases as React commits the
 * field, and the hooks the observer sees change in that same commit, so the observer's callback
 * marks the paint done. Also timed: until the next animation frame, when that paint reaches the screen.
 */
export async function measureClickToPaint(page, url, count = 60) {
  await openPlayground(page, url);
  await page.evaluate(() => {
    const state = { started: 0, latencies: [], toFrame: [] };
    window.__clickBench = state;
    document.addEventListener(
      'pointerdown',
      () => {
        state.started = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (state.started === 0) return;
      const started = state.started;
      state.started = 0;
      state.latencies.push(performance.now() - started);
      requestAnimationFrame(() => state.toFrame.push(performance.now() - started));
    }).observe(document.querySelector('[data-figure="playground"]'), {
      attributes: true,
      attributeFilter: ['data-field-box', 'data-field-count'],
      subtree: true,
    });
  });
  const points = [...(await pointsOver(page, 0, count / 2)), ...(await pointsOver(page, 11, count / 2))];
  for (const point of points) {
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(60);
  }
  const { latencies, toFrame } = await page.evaluate(() => window.__clickBench);
  return {
    clicks: points.length,
    clickToPaintMs: summarize(latencies),
    clickToNextFrameMs: summarize(toFrame),
    budgetP95Ms: 16,
  };
}

/** Sweeps the mouse across the input grid, one step per frame, recording frames and long tasks. */
export async function measureHoverSweep(page, url, steps = 150) {
  await openPlayground(page, url);
  const points = await pointsOver(page, 0, steps);
  await page.evaluate(() => {
    const state = { frames: [], longTasks: [], running: true };
    window.__sweep = state;
    const tick = (time) => {
      state.frames.push(time);
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  for (const point of points) {
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const raw = await page.evaluate(() => {
    window.__sweep.running = false;
    return { frames: window.__sweep.frames, longTasks: window.__sweep.longTasks };
  });
  const intervals = raw.frames.slice(1).map((time, index) => time - raw.frames[index]);
  return {
    steps,
    frameIntervalMs: summarize(intervals),
    framesMissed: intervals.filter((interval) => interval > 20).length,
    longTasks: raw.longTasks.length,
    longTasksMs: summarize(raw.longTasks),
    budget: { frameIntervalP95Ms: 16.7, longTasks: 0 },
  };
}

/** The JavaScript heap after a forced garbage collection, in bytes. */
async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Selects `selections` units by clicking cells of the input and deep grids in turn, and reads the
 * heap (after garbage collection) once warmed up, halfway and at the end. A leak grows the heap in
 * both halves alike; a flat heap may grow once (compiled code, caches filling) and then stays.
 */
export async function measureHeap(page, url, selections = 2000) {
  await openPlayground(page, url);
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  const points = [...(await pointsOver(page, 0, 50)), ...(await pointsOver(page, 11, 50))];
  const select = async (count, offset) => {
    for (let step = 0; step < count; step += 1) {
      const point = points[(offset + step) % points.length];
      await page.mouse.click(point.x, point.y);
    }
    await page.waitForTimeout(500);
  };
  const half = Math.floor(selections / 2);
  await select(200, 0);
  const before = await heapAfterGc(session);
  await select(half, 200);
  const middle = await heapAfterGc(session);
  await select(selections - half, 200 + half);
  const after = await heapAfterGc(session);
  return {
    selections,
    heapAfterWarmUpBytes: before,
    heapHalfwayBytes: middle,
    heapAfterSelectionsBytes: after,
    growthBytes: after - before,
    growthFirstHalfBytes: middle - before,
    growthSecondHalfBytes: after - middle,
    growthPerSelectionSecondHalfBytes: Math.round((after - middle) / (selections - half)),
  };
}
