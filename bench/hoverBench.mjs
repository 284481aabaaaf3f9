// Hover frame times in the built app: sweeps the mouse across the units of a figure whose dense
// panel has 256 × 256 connections, recording every animation frame and how long each hover takes
// to show its field. Runs in Chromium against `vite preview` of dist/.

import { summarize } from './summarize.mjs';

/**
 * Opens `url`, waits for the sparse figure, then moves the mouse across every `step`-th unit of
 * `panel` (inputs, then outputs) at about one unit per frame. Returns frame intervals, frames over
 * one 60 Hz interval (missed frames), long tasks and hover-to-highlight latencies, all in milliseconds.
 */
export async function measureHover(page, url, panel, step = 2) {
  await page.goto(url);
  const graph = page.locator(`[data-figure="sparse"] svg[data-panel="${panel}"]`);
  await graph.locator('[data-unit="1:0"]').waitFor();
  await page.waitForTimeout(500);
  await graph.scrollIntoViewIfNeeded();
  const centresInView = await graph.locator('[data-unit]').evaluateAll(
    (nodes, every) =>
      nodes
        .filter((_, index) => index % every === 0)
        .map((node) => {
          const box = node.getBoundingClientRect();
          return { key: node.getAttribute('data-unit'), x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }),
    step,
  );
  await page.evaluate((panelId) => {
    const state = { frames: [], longTasks: [], entered: new Map(), latencies: [], running: true };
    window.__hoverBench = state;
    const tick = (time) => {
      state.frames.push(time);
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const graphNode = document.querySelector(`[data-figure="sparse"] svg[data-panel="${panelId}"]`);
    graphNode.addEventListener(
      'pointerover',
      (event) => {
        const unit = event.target.closest('[data-unit]');
        if (unit) state.entered.set(unit.getAttribute('data-unit'), performance.now());
      },
      true,
    );
    // A hover is shown when its unit is drawn as the focused one.
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target;
        if (!(node instanceof Element) || !node.classList.contains('unit--selected')) continue;
        const started = state.entered.get(node.getAttribute('data-unit'));
        if (started !== undefined) {
          state.latencies.push(performance.now() - started);
          state.entered.delete(node.getAttribute('data-unit'));
        }
      }
    }).observe(graphNode, { attributes: true, attributeFilter: ['class'], subtree: true });
  }, panel);
  for (const centre of centresInView) {
    await page.mouse.move(centre.x, centre.y);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  const raw = await page.evaluate(() => {
    const state = window.__hoverBench;
    state.running = false;
    return { frames: state.frames, longTasks: state.longTasks, latencies: state.latencies };
  });
  const intervals = raw.frames.slice(1).map((time, index) => time - raw.frames[index]);
  const edges = await graph.getAttribute('data-edges');
  const canvas = await page
    .locator(`[data-figure="sparse"] figure[data-panel="${panel}"] [data-edge-canvas]`)
    .count();
  return {
    panel,
    edges: Number(edges),
    edgesOnCanvas: canvas > 0,
    unitsHovered: centresInView.length,
    frameIntervalMs: summarize(intervals),
    // A frame that missed its vsync: longer than one 60 Hz interval plus timer jitter.
    framesMissed: intervals.filter((interval) => interval > 20).length,
    longTasksMs: summarize(raw.longTasks),
    hoverToHighlightMs: summarize(raw.latencies),
  };
}
