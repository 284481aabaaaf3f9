import { describe, expect, test } from 'vitest';
import { createTimeLeft } from '../../src/views/edges/timeLeft';

/**
 * A simulated run: `warmUpMs` at a tenth of the steady rate, then `steadyMs` per 1 % of the work,
 * with each report's time shaken by up to ±`jitter` of a report's interval (a busy machine), from a
 * fixed sequence so the test is the same every time.
 */
function simulate(warmUpMs: number, steadyMs: number, jitter: number) {
  const shakes = [0.3, -0.8, 0.5, 0.1, -0.4, 0.9, -0.2, 0.6, -0.9, 0.2];
  const reports: { fraction: number; at: number }[] = [];
  let at = 0;
  let fraction = 0;
  let step = 0;
  while (fraction < 1) {
    const warm = at < warmUpMs;
    fraction = Math.min(1, fraction + 0.005);
    at += (warm ? 10 : 1) * steadyMs * 0.5 * (1 + jitter * shakes[step % shakes.length]);
    reports.push({ fraction, at });
    step += 1;
  }
  return reports;
}

describe('createTimeLeft', () => {
  // Runs of 2, 5 and 20 s whose workers take their first half second or so to get going.
  test.each([
    [500, 20, 0],
    [500, 50, 0.5],
    [800, 200, 0.9],
  ])(
    'after its first tenth a run’s time left is within 30 per cent of the truth (warm-up %i ms, %i ms a hundredth, jitter %f)',
    (warmUpMs, steadyMs, jitter) => {
      const reports = simulate(warmUpMs, steadyMs, jitter);
      const end = reports[reports.length - 1].at;
      const timeLeft = createTimeLeft();
      let checked = 0;
      for (const { fraction, at } of reports) {
        const estimate = timeLeft.estimate(fraction, at);
        if (fraction < 0.1 || fraction > 0.97) continue;
        expect(estimate, `at ${Math.round(fraction * 100)} %`).not.toBeNull();
        const truth = end - at;
        expect(
          Math.abs((estimate ?? 0) - truth) / truth,
          `at ${Math.round(fraction * 100)} %`,
        ).toBeLessThanOrEqual(0.3);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(100);
    },
  );

  test('says nothing while the run warms up', () => {
    const timeLeft = createTimeLeft();
    expect(timeLeft.estimate(0.01, 100)).toBeNull();
    expect(timeLeft.estimate(0.04, 400)).toBeNull();
  });
});
