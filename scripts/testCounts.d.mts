/** Types of testCounts.mjs, for the unit test that checks it. */
export interface Counts {
  passed: number;
  failed: number;
}

export function vitestCounts(report: {
  numPassedTests: number;
  numFailedTests: number;
  numTodoTests: number;
  numPendingTests: number;
}): Counts;

export function playwrightCounts(report: {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}): Counts;
