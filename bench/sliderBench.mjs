// Dragging every slider of every figure with a real mouse (Playwright's), in the built app: the
// long tasks (over 50 ms) on the page meanwhile. Each figure is opened embedded, alone.

/** Long tasks while each slider of `figure` is dragged end to end and back, in 30 steps each way. */
async function dragSliders(page, url, figure) {
  await page.goto(url);
  const root = page.locator(`[data-embed="${figure}"]`);
  await root.locator('[data-figure-body] :is(svg, canvas, table)').first().waitFor();
  const sliders = await root.locator('input[type="range"]:not([disabled])').all();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  for (const slider of sliders) {
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) continue;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, y, { steps: 30 });
    await page.mouse.move(box.x + 2, y, { steps: 30 });
    await page.mouse.up();
    await page.waitForTimeout(300);
  }
  const longTasks = await page.evaluate(() => window.__longTasks);
  return {
    sliders: sliders.length,
    longTasks: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
  };
}

/** Every figure's sliders dragged, figure by figure; the budget is no long task at all. */
export async function measureSliderDrags(page, baseUrl, figures) {
  const results = {};
  for (const figure of figures)
    results[figure] = await dragSliders(page, `${baseUrl}?embed=${figure}`, figure);
  return { figures: results, budget: 'no long task over 50 ms while dragging' };
}
