import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NetworkSpecError, pool } from '../../src/engine';
import { bruteForcePool } from './reference/bruteForceWindow';
import { expectCloseVectors } from './reference/closeTo';
import { SEED } from './reference/networkArbitraries';
import { windowCaseArbitrary } from './reference/windowArbitraries';

const f32 = (values: number[]) => Float32Array.from(values);

describe('pool', () => {
  test('max pooling with the default stride (the kernel) keeps the largest of each pair', () => {
    // [1, 3 | 2, 5 | 4]: k 2, s 2 → 2 windows; the lone 4 is dropped (valid).
    const result = pool(f32([1, 3, 2, 5, 4]), 5, 'max', { kernel: 2 });
    expect(Array.from(result.values)).toEqual([3, 5]);
    expect(result.size).toEqual([2]);
  });

  test("average pooling excludes 'same' padding from the mean", () => {
    // k 3, s 1, same on [3, 6, 9]: windows {3, 6}, {3, 6, 9}, {6, 9} → 4.5, 6, 7.5.
    const result = pool(f32([3, 6, 9]), 3, 'avg', { kernel: 3, stride: 1, padding: 'same' });
    expect(Array.from(result.values)).toEqual([4.5, 6, 7.5]);
  });

  test('max pooling never picks padding, even when every input is negative', () => {
    // Zero padding would wrongly give 0 at both ends.
    const result = pool(f32([-1, -2, -3]), 3, 'max', { kernel: 3, stride: 1, padding: 1 });
    expect(Array.from(result.values)).toEqual([-1, -1, -2]);
  });

  test('2D max pooling over 2×2 blocks', () => {
    // [[1, 2, 5, 0], [3, 4, 1, 1], [0, 0, 7, 8], [9, 0, 6, 6]] → [[4, 5], [9, 8]].
    const image = f32([1, 2, 5, 0, 3, 4, 1, 1, 0, 0, 7, 8, 9, 0, 6, 6]);
    const result = pool(image, [4, 4], 'max', { kernel: 2 });
    expect(Array.from(result.values)).toEqual([4, 5, 9, 8]);
    expect(result.size).toEqual([2, 2]);
  });

  test('a window made only of padding gives 0', () => {
    // k 1, padding 1 on [5, 7]: windows at −1, 0, 1, 2 → 0, 5, 7, 0.
    expect(Array.from(pool(f32([5, 7]), 2, 'avg', { kernel: 1, stride: 1, padding: 1 }).values)).toEqual([
      0, 5, 7, 0,
    ]);
    expect(Array.from(pool(f32([-5, -7]), 2, 'max', { kernel: 1, stride: 1, padding: 1 }).values)).toEqual([
      0, -5, -7, 0,
    ]);
  });

  test('max and average match nested loops over the real inputs of each window, on random layers', () => {
    fc.assert(
      fc.property(
        windowCaseArbitrary('pool'),
        fc.constantFrom('max' as const, 'avg' as const),
        (testCase, op) => {
          const expected = bruteForcePool(testCase.input, op, testCase.axes);
          const actual = pool(testCase.input, testCase.inputSize, op, testCase.geometry);
          expect(actual.size).toEqual(expected.size);
          if (op === 'max') expect(Array.from(actual.values)).toEqual(Array.from(expected.values));
          else expectCloseVectors(actual.values, expected.values, expected.scale);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('a wrong input length throws RangeError; an impossible window throws NetworkSpecError', () => {
    expect(() => pool(f32([1, 2, 3]), 4, 'max', { kernel: 2 })).toThrow(RangeError);
    expect(() => pool(f32([1, 2]), 2, 'max', { kernel: 3 })).toThrow(NetworkSpecError);
  });
});
