import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDenseLayer, crossCorrelate } from '../../src/engine';
import { bruteForceCrossCorrelation } from './reference/bruteForceWindow';
import { expectCloseVectors } from './reference/closeTo';
import { SEED } from './reference/networkArbitraries';
import { windowCaseArbitrary } from './reference/windowArbitraries';

describe('createDenseLayer', () => {
  test('every output is its whole matrix row times the input: the brute-force convolution', () => {
    fc.assert(
      fc.property(windowCaseArbitrary('conv'), (layerCase) => {
        const dense = createDenseLayer(layerCase.inputSize, layerCase.kernel, layerCase.geometry);
        const expected = bruteForceCrossCorrelation(layerCase.input, layerCase.kernel, layerCase.axes);
        const output = new Float32Array(dense.outputUnits);
        dense.computeRange(layerCase.input, output, 0, dense.outputUnits);
        expect(dense.inputUnits).toBe(layerCase.input.length);
        expectCloseVectors(output, expected.values, expected.scale);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('computed in ranges, any split gives the same outputs', () => {
    const input = Float32Array.from({ length: 12 * 9 }, (_, index) => Math.sin(index));
    const kernel = Float32Array.from([1, -2, 0.5, 3, 0, -1]);
    const dense = createDenseLayer([12, 9], kernel, { kernel: [2, 3], padding: 'same' });
    const whole = new Float32Array(dense.outputUnits);
    dense.computeRange(input, whole, 0, dense.outputUnits);
    for (const split of [1, 7, 50]) {
      const parts = new Float32Array(dense.outputUnits);
      for (let first = 0; first < dense.outputUnits; first += split) {
        const end = Math.min(dense.outputUnits, first + split);
        const part = new Float32Array(end - first);
        dense.computeRange(input, part, first, end);
        parts.set(part, first);
      }
      expect(Array.from(parts)).toEqual(Array.from(whole));
    }
  });

  test('fig. 9.6’s [−1, 1]: the dense layer gives the convolution’s outputs to the bit', () => {
    // Each row has two non-zeros; the zero products add nothing, so the two sums are the same sum.
    const [height, width] = [28, 32];
    const input = Float32Array.from({ length: height * width }, (_, index) => ((index * 37) % 256) / 255);
    const kernel = Float32Array.of(-1, 1);
    const dense = createDenseLayer([height, width], kernel, { kernel: [1, 2] });
    const output = new Float32Array(dense.outputUnits);
    dense.computeRange(input, output, 0, dense.outputUnits);
    expect(Array.from(output)).toEqual(
      Array.from(crossCorrelate(input, [height, width], kernel, { kernel: [1, 2] }).values),
    );
  });

  test('an input of the wrong length is refused', () => {
    const dense = createDenseLayer([4, 4], Float32Array.of(1, 1), { kernel: [1, 2] });
    expect(() => dense.computeRange(new Float32Array(15), new Float32Array(12), 0, 12)).toThrow(RangeError);
  });
});
