import { describe, expect, test } from 'vitest';
import { type CsrMatrix, csrMatVec, type DenseMatrix, denseMatVec } from '../../src/engine';

const f32 = (values: number[]) => Float32Array.from(values);

// [[1, 2, 0], [0, 3, 4]] in both layouts.
const dense: DenseMatrix = { rows: 2, cols: 3, values: f32([1, 2, 0, 0, 3, 4]) };
const sparse: CsrMatrix = {
  rows: 2,
  cols: 3,
  rowPointers: Int32Array.from([0, 2, 4]),
  columnIndices: Int32Array.from([0, 1, 1, 2]),
  values: f32([1, 2, 3, 4]),
};

describe('denseMatVec and csrMatVec', () => {
  test('multiply a 2×3 matrix by a vector: [[1, 2, 0], [0, 3, 4]]·[1, 10, 100] = [21, 430]', () => {
    const vector = f32([1, 10, 100]);
    expect(Array.from(denseMatVec(dense, vector))).toEqual([21, 430]);
    expect(Array.from(csrMatVec(sparse, vector))).toEqual([21, 430]);
  });

  test('an empty CSR row gives 0', () => {
    const withEmptyRow: CsrMatrix = { ...sparse, rows: 3, rowPointers: Int32Array.from([0, 2, 2, 4]) };
    expect(Array.from(csrMatVec(withEmptyRow, f32([1, 1, 1])))).toEqual([3, 0, 7]);
  });

  test('a vector whose length is not the column count throws RangeError', () => {
    expect(() => denseMatVec(dense, f32([1, 2]))).toThrow(RangeError);
    expect(() => csrMatVec(sparse, f32([1, 2, 3, 4]))).toThrow(RangeError);
  });
});
