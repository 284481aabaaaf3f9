import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convolve, crossCorrelate, flipKernel, NetworkSpecError } from '../../src/engine';
import { bruteForceCrossCorrelation } from './reference/bruteForceWindow';
import { expectCloseVectors } from './reference/closeTo';
import { SEED } from './reference/networkArbitraries';
import { windowCaseArbitrary } from './reference/windowArbitraries';

const f32 = (values: number[]) => Float32Array.from(values);

/** Reverses a row-major kernel of the given extent on every axis, index by index. */
function reverseEveryAxis(kernel: Float32Array, shape: number[]): Float32Array {
  const [rows, cols] = shape.length === 1 ? [1, shape[0]] : shape;
  const flipped = new Float32Array(kernel.length);
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      flipped[row * cols + col] = kernel[(rows - 1 - row) * cols + (cols - 1 - col)];
    }
  }
  return flipped;
}

describe('crossCorrelate', () => {
  test('textbook example: [1, 2, 3, 4] ⋆ [0, 1, 0.5] = [3.5, 5] (kernel not flipped)', () => {
    // out[0] = 0·1 + 1·2 + 0.5·3 = 3.5; out[1] = 0·2 + 1·3 + 0.5·4 = 5.
    const result = crossCorrelate(f32([1, 2, 3, 4]), 4, f32([0, 1, 0.5]), { kernel: 3 });
    expect(Array.from(result.values)).toEqual([3.5, 5]);
    expect(result.size).toEqual([2]);
  });

  test('fig 9.6: the kernel [-1, 1] on an image gives each pixel minus its left neighbour', () => {
    // [[1, 2, 4], [0, 0, 5]] → [[2 − 1, 4 − 2], [0 − 0, 5 − 0]].
    const result = crossCorrelate(f32([1, 2, 4, 0, 0, 5]), [2, 3], f32([-1, 1]), { kernel: [1, 2] });
    expect(Array.from(result.values)).toEqual([1, 2, 0, 5]);
    expect(result.size).toEqual([2, 2]);
  });

  test('stride, dilation and zero padding together, by hand', () => {
    // Padded [0, 1, 2, 3, 4, 5, 0]; kernel [1, 10] with dilation 2 spans 3; stride 2 → 3 outputs:
    // 0·1 + 2·10 = 20, 2·1 + 4·10 = 42, 4·1 + 0·10 = 4.
    const result = crossCorrelate(f32([1, 2, 3, 4, 5]), 5, f32([1, 10]), {
      kernel: 2,
      stride: 2,
      dilation: 2,
      padding: 1,
    });
    expect(Array.from(result.values)).toEqual([20, 42, 4]);
  });

  test('matches a nested-loop Float64 cross-correlation on random 1D and 2D layers', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), (testCase) => {
        const expected = bruteForceCrossCorrelation(testCase.input, testCase.kernel, testCase.axes);
        const actual = crossCorrelate(testCase.input, testCase.inputSize, testCase.kernel, testCase.geometry);
        expect(actual.values).toBeInstanceOf(Float32Array);
        expect(actual.size).toEqual(expected.size);
        expectCloseVectors(actual.values, expected.values, expected.scale);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('a wrong input or kernel length throws RangeError', () => {
    expect(() => crossCorrelate(f32([1, 2, 3]), 4, f32([1]), { kernel: 1 })).toThrow(RangeError);
    expect(() => crossCorrelate(f32([1, 2, 3, 4]), 4, f32([1, 2]), { kernel: 3 })).toThrow(RangeError);
    expect(() => crossCorrelate(new Float32Array(6), [2, 3], f32([1, 2]), { kernel: [2, 2] })).toThrow(
      RangeError,
    );
  });

  test('an impossible geometry throws NetworkSpecError', () => {
    expect(() => crossCorrelate(f32([1, 2]), 2, f32([1, 2, 3]), { kernel: 3 })).toThrow(NetworkSpecError);
    expect(() => crossCorrelate(f32([1, 2]), 2, f32([1]), { kernel: 1, stride: 0 })).toThrow(
      NetworkSpecError,
    );
  });
});

describe('convolve and flipKernel', () => {
  test('textbook example: [1, 2, 3, 4] * [0, 1, 0.5] flips the kernel: [2.5, 4]', () => {
    // Flipped kernel [0.5, 1, 0]: 0.5·1 + 1·2 = 2.5; 0.5·2 + 1·3 = 4.
    expect(Array.from(convolve(f32([1, 2, 3, 4]), 4, f32([0, 1, 0.5]), { kernel: 3 }).values)).toEqual([
      2.5, 4,
    ]);
  });

  test('flipKernel reverses a 2×3 kernel on both axes and leaves its argument alone', () => {
    const kernel = f32([1, 2, 3, 4, 5, 6]);
    expect(Array.from(flipKernel(kernel))).toEqual([6, 5, 4, 3, 2, 1]);
    expect(Array.from(kernel)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('convolve equals cross-correlation with the kernel reversed on every axis, on random layers', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), (testCase) => {
        const kernelShape = testCase.axes.map((axis) => axis.kernel);
        const flipped = reverseEveryAxis(testCase.kernel, kernelShape);
        const expected = bruteForceCrossCorrelation(testCase.input, flipped, testCase.axes);
        const actual = convolve(testCase.input, testCase.inputSize, testCase.kernel, testCase.geometry);
        expect(actual.size).toEqual(expected.size);
        expectCloseVectors(actual.values, expected.values, expected.scale);
        expect(Array.from(flipKernel(testCase.kernel))).toEqual(Array.from(flipped));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
