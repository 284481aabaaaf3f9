import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  countNetwork,
  crossCorrelate,
  csrMatVec,
  denseMatVec,
  layerCsr,
  layerMatrix,
  MAX_DENSE_ENTRIES,
  NetworkSpecError,
} from '../../src/engine';
import { buildReferenceNetwork, product } from './reference/bruteForceNetwork';
import { bruteForceCrossCorrelation } from './reference/bruteForceWindow';
import { expectCloseVectors } from './reference/closeTo';
import { SEED } from './reference/networkArbitraries';
import { type WindowCase, windowCaseArbitrary } from './reference/windowArbitraries';

const f32 = (values: number[]) => Float32Array.from(values);

/** The dense matrix built from the brute force's explicit (input, output, tap) edges. */
function referenceMatrix(testCase: WindowCase): { rows: number; cols: number; values: Float32Array } {
  const network = buildReferenceNetwork({
    input: { size: testCase.inputSize },
    layers: [{ kind: 'conv', ...testCase.geometry }],
  });
  const layer = network.layers[0];
  const rows = product(layer.outputShape);
  const cols = product(layer.inputShape);
  const values = new Float32Array(rows * cols);
  for (const edge of layer.connections) values[edge.output * cols + edge.input] = testCase.kernel[edge.tap];
  return { rows, cols, values };
}

describe('layerMatrix and layerCsr', () => {
  test('a 3-tap valid convolution on 4 inputs is a banded 2×4 matrix', () => {
    const matrix = layerMatrix(4, f32([1, 2, 3]), { kernel: 3 });
    expect([matrix.rows, matrix.cols]).toEqual([2, 4]);
    expect(Array.from(matrix.values)).toEqual([1, 2, 3, 0, 0, 1, 2, 3]);
  });

  test("'same' padding drops the taps that fall outside the input from the border rows", () => {
    // Row 0 reads inputs −1, 0, 1 with taps 0, 1, 2: only taps 1, 2 remain, at columns 0, 1.
    const matrix = layerMatrix(3, f32([1, 2, 3]), { kernel: 3, padding: 'same' });
    expect(Array.from(matrix.values)).toEqual([2, 3, 0, 1, 2, 3, 0, 1, 2]);
    const csr = layerCsr(3, f32([1, 2, 3]), { kernel: 3, padding: 'same' });
    expect(Array.from(csr.rowPointers)).toEqual([0, 2, 5, 7]);
    expect(Array.from(csr.columnIndices)).toEqual([0, 1, 0, 1, 2, 1, 2]);
    expect(Array.from(csr.values)).toEqual([2, 3, 1, 2, 3, 1, 2]);
  });

  test('entries and CSR rows match the explicit connection list, columns increasing, on random layers', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), (testCase) => {
        const expected = referenceMatrix(testCase);
        const matrix = layerMatrix(testCase.inputSize, testCase.kernel, testCase.geometry);
        expect([matrix.rows, matrix.cols]).toEqual([expected.rows, expected.cols]);
        expect(Array.from(matrix.values)).toEqual(Array.from(expected.values));
        const csr = layerCsr(testCase.inputSize, testCase.kernel, testCase.geometry);
        expect(csr.rowPointers).toHaveLength(csr.rows + 1);
        for (let row = 0; row < csr.rows; row += 1) {
          const columns = Array.from(
            csr.columnIndices.subarray(csr.rowPointers[row], csr.rowPointers[row + 1]),
          );
          expect(columns).toEqual([...columns].sort((a, b) => a - b));
          expect(new Set(columns).size).toBe(columns.length);
          columns.forEach((column, offset) => {
            expect(csr.values[csr.rowPointers[row] + offset]).toBe(
              expected.values[row * expected.cols + column],
            );
          });
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('matrix·x (dense and CSR) equals crossCorrelate(x) and the nested-loop reference, on random layers', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), (testCase) => {
        const { input, inputSize, kernel, geometry, axes } = testCase;
        const reference = bruteForceCrossCorrelation(input, kernel, axes);
        const viaDense = denseMatVec(layerMatrix(inputSize, kernel, geometry), input);
        const viaCsr = csrMatVec(layerCsr(inputSize, kernel, geometry), input);
        const direct = crossCorrelate(input, inputSize, kernel, geometry).values;
        expectCloseVectors(viaDense, reference.values, reference.scale);
        expectCloseVectors(viaCsr, reference.values, reference.scale);
        expectCloseVectors(direct, reference.values, reference.scale);
        expectCloseVectors(viaDense, direct, reference.scale, 1e-6);
        expectCloseVectors(viaCsr, direct, reference.scale, 1e-6);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('the CSR non-zero count equals countNetwork’s connections for the same layer', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), (testCase) => {
        const csr = layerCsr(testCase.inputSize, testCase.kernel, testCase.geometry);
        const counts = countNetwork({
          input: { size: testCase.inputSize },
          layers: [{ kind: 'conv', ...testCase.geometry }],
        });
        expect(csr.rowPointers[csr.rows]).toBe(counts.layers[1].asBuilt.connections);
        expect(csr.columnIndices).toHaveLength(counts.layers[1].asBuilt.connections);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('layerMatrix throws RangeError above MAX_DENSE_ENTRIES (2^24 = 64 MiB of float32) and builds at the limit', () => {
    expect(MAX_DENSE_ENTRIES).toBe(2 ** 24);
    // 4097 × 4097 = 16,785,409 > 16,777,216; 100×100 image, k 1: 10,000² = 10^8 entries.
    expect(() => layerMatrix(4097, f32([1]), { kernel: 1 })).toThrow(RangeError);
    expect(() => layerMatrix([100, 100], f32([1]), { kernel: 1 })).toThrow(RangeError);
    // 4096 × 4096 = 2^24 exactly: allowed; with kernel [1] it is the identity.
    const identity = layerMatrix(4096, f32([1]), { kernel: 1 });
    expect([identity.rows, identity.cols]).toEqual([4096, 4096]);
    expect([identity.values[0], identity.values[4097], identity.values[1]]).toEqual([1, 1, 0]);
  });

  test('a kernel of the wrong length throws RangeError; an impossible geometry throws NetworkSpecError', () => {
    expect(() => layerCsr(5, f32([1, 2]), { kernel: 3 })).toThrow(RangeError);
    expect(() => layerMatrix([3, 3], f32([1, 2, 3]), { kernel: 2 })).toThrow(RangeError);
    expect(() => layerCsr(2, f32([1, 2, 3]), { kernel: 3 })).toThrow(NetworkSpecError);
  });
});
