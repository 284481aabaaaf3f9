import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convolve, createCorrelator, crossCorrelate, flipKernel, NetworkSpecError } from '../../src/engine';
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

  test('computed a range of outputs at a time, in any split, it gives the same floats as at once', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), fc.array(fc.nat(), { maxLength: 4 }), (testCase, cuts) => {
        const correlator = createCorrelator(testCase.inputSize, testCase.kernel, testCase.geometry);
        const whole = crossCorrelate(testCase.input, testCase.inputSize, testCase.kernel, testCase.geometry);
        const bounds = [
          0,
          ...cuts.map((cut) => cut % (correlator.outputUnits + 1)).sort((a, b) => a - b),
          correlator.outputUnits,
        ];
        const pieces = new Float32Array(correlator.outputUnits);
        for (let piece = 1; piece < bounds.length; piece += 1) {
          correlator.computeRange(testCase.input, pieces, bounds[piece - 1], bounds[piece]);
        }
        expect(Array.from(pieces)).toEqual(Array.from(whole.values));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('on photo-sized images every output is the in-order sum of its taps inside the input, to the bit', () => {
    // Large enough that nearly every output takes the interior path: fig 9.6's [−1, 1] on 280 × 320,
    // a 3 × 3 kernel on 224 × 224 with one unit of padding (as 'same' gives it), a dilated 2 × 5 with
    // stride 2, and a 7-tap dilated 1D kernel. Shapes are [rows, columns]; 1D is one row.
    const cases = [
      { image: [280, 320], taps: [1, 2], stride: [1, 1], dilation: [1, 1], pad: [0, 0] },
      { image: [224, 224], taps: [3, 3], stride: [1, 1], dilation: [1, 1], pad: [1, 1] },
      { image: [61, 47], taps: [2, 5], stride: [2, 2], dilation: [3, 2], pad: [1, 4] },
      { image: [1, 500], taps: [1, 7], stride: [1, 1], dilation: [1, 3], pad: [0, 9] },
    ];
    let state = 7;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31 - 0.5;
    };
    for (const { image, taps, stride, dilation, pad } of cases) {
      const [rows, cols] = image;
      const input = Float32Array.from({ length: rows * cols }, random);
      const weights = Float32Array.from({ length: taps[0] * taps[1] }, random);
      const oneD = rows === 1;
      const result = oneD
        ? crossCorrelate(input, cols, weights, { kernel: taps[1], dilation: dilation[1], padding: pad[1] })
        : crossCorrelate(input, [rows, cols], weights, { kernel: taps, stride, dilation, padding: pad });
      const [outRows, outCols] = oneD ? [1, result.size[0]] : result.size;
      // The sum as the textbook writes it: taps in row-major order from 0, padding left out.
      const expected = new Float32Array(outRows * outCols);
      for (let row = 0; row < outRows; row += 1) {
        for (let col = 0; col < outCols; col += 1) {
          let total = 0;
          for (let tapRow = 0; tapRow < taps[0]; tapRow += 1) {
            const inputRow = row * stride[0] - pad[0] + tapRow * dilation[0];
            if (inputRow < 0 || inputRow >= rows) continue;
            for (let tapCol = 0; tapCol < taps[1]; tapCol += 1) {
              const inputCol = col * stride[1] - pad[1] + tapCol * dilation[1];
              if (inputCol < 0 || inputCol >= cols) continue;
              total += weights[tapRow * taps[1] + tapCol] * input[inputRow * cols + inputCol];
            }
          }
          expected[row * outCols + col] = total;
        }
      }
      expect(Array.from(result.values)).toEqual(Array.from(expected));
    }
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
