import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crossCorrelate, traceEquivariance, transformSignal } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

/** Positions where two signals differ: found by perturbing the sample, not by reasoning about windows. */
function changed(a: Float32Array, b: Float32Array): number[] {
  return Array.from(a.keys()).filter((index) => a[index] !== b[index]);
}

describe('traceEquivariance', () => {
  test('each list is exactly where a nudge of the sample changes that signal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 30 }).chain((length) =>
          fc.tuple(
            fc.constant(length),
            fc.integer({ min: 1, max: 5 }),
            fc.oneof(
              fc.integer({ min: -8, max: 8 }).map((offset) => ({ kind: 'shift' as const, offset })),
              fc.constantFrom(
                { kind: 'stretch' as const, factor: 2 },
                { kind: 'stretch' as const, factor: 3 },
              ),
            ),
            fc.integer({ min: 0, max: length - 1 }),
          ),
        ),
        ([length, kernelLength, transform, sample]) => {
          // Kernel weights all non-zero, so every tap passes the nudge on.
          const kernel = Float32Array.from({ length: kernelLength }, (_, tap) => tap + 1);
          const base = Float32Array.from({ length }, (_, index) => (index % 5) / 4);
          const nudged = base.slice();
          nudged[sample] += 1;
          const f = (signal: Float32Array) =>
            crossCorrelate(signal, length, kernel, { kernel: kernelLength, padding: 'same' }).values;
          const trace = traceEquivariance(length, kernelLength, transform, sample);
          expect(trace.transformedInput).toEqual(
            changed(transformSignal(base, transform), transformSignal(nudged, transform)),
          );
          expect(trace.output).toEqual(changed(f(base), f(nudged)));
          expect(trace.outputOfTransformed).toEqual(
            changed(f(transformSignal(base, transform)), f(transformSignal(nudged, transform))),
          );
          expect(trace.transformedOutput).toEqual(
            changed(transformSignal(f(base), transform), transformSignal(f(nudged), transform)),
          );
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('by hand: shift by 5 with [−1, 1] on 40 samples; a stretch by 2 reaches other places', () => {
    // 'same' with k = 2 pads 0 before and 1 after: output o reads o and o + 1, so x₁₂ feeds s₁₁, s₁₂.
    const shift = traceEquivariance(40, 2, { kind: 'shift', offset: 5 }, 12);
    expect(shift.output).toEqual([11, 12]);
    expect(shift.transformedInput).toEqual([17]);
    expect(shift.outputOfTransformed).toEqual([16, 17]);
    expect(shift.transformedOutput).toEqual([16, 17]);
    const stretch = traceEquivariance(40, 2, { kind: 'stretch', factor: 2 }, 12);
    // T(x)[j] = x[⌊j/2⌋]: x₁₂ lands at 24 and 25, which outputs 23–25 read; T(f(x)) copies s₁₁, s₁₂ to 22–25.
    expect(stretch.transformedInput).toEqual([24, 25]);
    expect(stretch.outputOfTransformed).toEqual([23, 24, 25]);
    expect(stretch.transformedOutput).toEqual([22, 23, 24, 25]);
  });
});
