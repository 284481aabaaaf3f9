// Each budget of the issues beside what the bench measured: met or missed, never a timing assert in
// the test suite. `npm run bench` prints this table last and writes it into bench.json.

const row = (measure, value, budget, met) => ({ measure, value, budget, met });

/** One row per budget (issue 15: first load, Lighthouse, click, hover and slider; issue 16: ERF) from `results`. */
export function budgetRows(results) {
  const rows = [];
  for (const [page, load] of Object.entries(results.firstLoad.pages)) {
    const budget = page === 'the whole lab' ? 120 : 95;
    rows.push(row(`first-load JS of ${page} (KB gzip)`, load.gzipKB, `≤ ${budget}`, load.gzipKB <= budget));
  }
  for (const [page, lighthouse] of Object.entries(results.lighthouse.pages)) {
    rows.push(
      row(`Lighthouse mobile of ${page}`, lighthouse.performance, '≥ 98', lighthouse.performance >= 98),
    );
    rows.push(row(`TBT of ${page} (ms)`, lighthouse.tbtMs, '≤ 150', lighthouse.tbtMs <= 150));
    rows.push(row(`CLS of ${page}`, lighthouse.cls, '0', lighthouse.cls === 0));
  }
  const click = results.playgroundInChromium.click.clickToPaintMs.p95;
  rows.push(row('ResNet-50 click → highlight p95 (ms)', click, '≤ 16', click <= 16));
  const sweep = results.hoverInChromium.dense;
  rows.push(
    row(
      `hover sweep over ${sweep.edges} edges, frame p95 (ms)`,
      sweep.frameIntervalMs.p95,
      '≤ 16.7',
      sweep.frameIntervalMs.p95 <= 16.7,
    ),
  );
  rows.push(
    row(
      `hover sweep over ${sweep.edges} edges, long tasks`,
      sweep.longTasksMs.count,
      '0',
      sweep.longTasksMs.count === 0,
    ),
  );
  for (const [figure, drag] of Object.entries(results.slidersInChromium.figures)) {
    rows.push(row(`long tasks dragging ${figure}'s sliders`, drag.longTasks, '0', drag.longTasks === 0));
  }
  // Issue 16: the effective receptive field, in the worker as Chromium runs it.
  const erf = results.workerInChromium.playgroundHandlerInChromium.effectiveFieldUniformMs.median;
  rows.push(row('ERF of ResNet-50’s last unit, uniform, median (ms)', erf, '≤ 200', erf <= 200));
  return rows;
}

/** The rows as a plain-text table. */
export function formatBudgetRows(rows) {
  const width = Math.max(...rows.map((entry) => entry.measure.length));
  return rows
    .map(
      (entry) =>
        `${entry.measure.padEnd(width)}  ${String(entry.value).padStart(8)}  ${entry.budget.padEnd(7)}  ${entry.met ? 'met' : 'MISSED'}`,
    )
    .join('\n');
}
