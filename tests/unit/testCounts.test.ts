import { describe, expect, test } from 'vitest';
import { playwrightCounts, vitestCounts } from '../../scripts/testCounts.mjs';

describe('npm test counts a test that did not run as written as failed', () => {
  const vitest = { numPassedTests: 10, numFailedTests: 0, numTodoTests: 0, numPendingTests: 0 };
  const playwright = { stats: { expected: 10, unexpected: 0, flaky: 0, skipped: 0 } };

  test('all Vitest tests passed: none failed', () => {
    expect(vitestCounts(vitest)).toEqual({ passed: 10, failed: 0 });
  });

  test('a skipped Vitest test (test.skip, describe.skip, a skipped .only run) is a failure', () => {
    expect(vitestCounts({ ...vitest, numPassedTests: 9, numPendingTests: 1 })).toEqual({
      passed: 9,
      failed: 1,
    });
  });

  test('a todo or failed Vitest test is a failure', () => {
    expect(vitestCounts({ ...vitest, numPassedTests: 8, numTodoTests: 1, numFailedTests: 1 })).toEqual({
      passed: 8,
      failed: 2,
    });
  });

  test('a skipped, flaky or failed Playwright test is a failure', () => {
    expect(playwrightCounts({ stats: { expected: 7, unexpected: 1, flaky: 1, skipped: 1 } })).toEqual({
      passed: 7,
      failed: 3,
    });
    expect(playwrightCounts(playwright)).toEqual({ passed: 10, failed: 0 });
  });
});
