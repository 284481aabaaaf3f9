import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitLeastSquares, solveLinearSystem } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

const matrix = (rows: number, cols: number) =>
  fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: rows * cols, maxLength: rows * cols });

describe('fitLeastSquares', () => {
  test('more examples than inputs: the normal equations’ solution (checked with Gaussian elimination)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((p) =>
            fc
              .integer({ min: p + 2, max: p + 8 })
              .chain((n) => fc.tuple(fc.constant(n), fc.constant(p), matrix(n, p), matrix(n, 1))),
          ),
        ([n, p, x, y]) => {
          const inputs = Float64Array.from(x);
          const targets = Float64Array.from(y);
          // XᵀX w = Xᵀy by elimination; skip near-singular draws, where the tiny ridge matters.
          const gram = new Float64Array(p * p);
          const right = new Float64Array(p);
          for (let i = 0; i < p; i += 1) {
            for (let k = 0; k < n; k += 1) right[i] += inputs[k * p + i] * targets[k];
            for (let j = 0; j < p; j += 1)
              for (let k = 0; k < n; k += 1) gram[i * p + j] += inputs[k * p + i] * inputs[k * p + j];
          }
          let determinantProxy = 1;
          for (let i = 0; i < p; i += 1) determinantProxy *= gram[i * p + i];
          fc.pre(determinantProxy > 1e-3);
          let expected: Float64Array;
          try {
            expected = solveLinearSystem(gram.slice(), right.slice());
          } catch {
            return;
          }
          fc.pre(expected.every((value) => Math.abs(value) < 1e3));
          const weights = fitLeastSquares(inputs, targets, n, p, 1, 0);
          for (let i = 0; i < p; i += 1) expect(weights[i]).toBeCloseTo(expected[i], 4);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('fewer examples than inputs: fits every example exactly, with weights in the span of the examples', () => {
    // Two examples of three inputs: x₁ = (1, 0, 0) → 2, x₂ = (0, 1, 1) → 4. The smallest-norm
    // solution is w = (2, 2, 2): 1·2 = 2 and 2 + 2 = 4, and w = 2·x₁ + 2·x₂ lies in their span.
    const weights = fitLeastSquares(Float64Array.of(1, 0, 0, 0, 1, 1), Float64Array.of(2, 4), 2, 3, 1, 0);
    expect(Array.from(weights).map((value) => Math.round(value * 1e9) / 1e9)).toEqual([2, 2, 2]);
  });

  test('several targets at once are each fitted as if alone', () => {
    const inputs = Float64Array.of(1, 2, 3, 4, 5, 7, 2, 1);
    const targets = Float64Array.of(1, 0, 0, 1, 2, 2, -1, 3);
    const both = fitLeastSquares(inputs, targets, 4, 2, 2);
    const first = fitLeastSquares(inputs, Float64Array.of(1, 0, 2, -1), 4, 2, 1);
    const second = fitLeastSquares(inputs, Float64Array.of(0, 1, 2, 3), 4, 2, 1);
    expect(both[0]).toBeCloseTo(first[0], 9);
    expect(both[2]).toBeCloseTo(first[1], 9);
    expect(both[1]).toBeCloseTo(second[0], 9);
    expect(both[3]).toBeCloseTo(second[1], 9);
  });
});
