// How `npm test` (scripts/test.mjs) counts each runner's JSON report: a test that did not run as
// written counts as failed — skipped, todo or flaky — so nothing is left out or passed by luck.

/**
 * Vitest's JSON report (Jest's format): failed, todo and skipped (pending) tests all count as failed.
 * @param {{ numPassedTests: number, numFailedTests: number, numTodoTests: number, numPendingTests: number }} report
 */
export function vitestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numTodoTests + report.numPendingTests,
  };
}

/**
 * Playwright's JSON report: unexpected, flaky and skipped tests all count as failed.
 * @param {{ stats: { expected: number, unexpected: number, flaky: number, skipped: number } }} report
 */
export function playwrightCounts(report) {
  return {
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky + report.stats.skipped,
  };
}
