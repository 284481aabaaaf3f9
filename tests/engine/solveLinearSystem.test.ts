import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { solveLinearSystem } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

const f64 = (values: number[]) => Float64Array.from(values);

/** b = A·x, row-major A of size n × n, summed in Float64. */
function multiply(matrix: ArrayLike<number>, vector: ArrayLike<number>): Float64Array {
  const size = vector.length;
  const result = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) result[row] += matrix[row * size + col] * vector[col];
  }
  return result;
}

/**
 * A strictly diagonally dominant matrix (so non-singular, and well conditioned): off-diagonal entries
 * in [−1, 1], each diagonal entry ±(1 + Σ|off-diagonal| of its row).
 */
const wellConditionedSystem = fc.integer({ min: 1, max: 8 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    entries: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
      minLength: size * size,
      maxLength: size * size,
    }),
    signs: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    solution: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: size, maxLength: size }),
  }),
);

describe('solveLinearSystem', () => {
  test('recovers x from b = A·x for random diagonally dominant A', () => {
    fc.assert(
      fc.property(wellConditionedSystem, ({ size, entries, signs, solution }) => {
        const matrix = f64(entries);
        for (let row = 0; row < size; row += 1) {
          let offDiagonal = 0;
          for (let col = 0; col < size; col += 1) {
            if (col !== row) offDiagonal += Math.abs(matrix[row * size + col]);
          }
          matrix[row * size + row] = (signs[row] ? 1 : -1) * (1 + offDiagonal);
        }
        const expected = f64(solution);
        const actual = solveLinearSystem(matrix, multiply(matrix, expected));
        expect(actual).toBeInstanceOf(Float64Array);
        expect(actual.length).toBe(size);
        for (let index = 0; index < size; index += 1) {
          expect(Math.abs(actual[index] - expected[index])).toBeLessThan(1e-9);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('a 2 × 2 hand example: [[2, 1], [1, 3]]·x = [5, 10] gives x = [1, 3]', () => {
    // 2·1 + 3 = 5 and 1 + 3·3 = 10.
    expect(Array.from(solveLinearSystem(f64([2, 1, 1, 3]), f64([5, 10])))).toEqual([1, 3]);
  });

  test('a zero on the diagonal needs a row swap: [[0, 1], [1, 0]]·x = [3, 7] gives x = [7, 3]', () => {
    // Row 0 says x₁ = 3, row 1 says x₀ = 7; eliminating without a swap would divide by 0.
    const solution = solveLinearSystem(f64([0, 1, 1, 0]), f64([3, 7]));
    expect(Array.from(solution)).toEqual([7, 3]);
  });

  test('a 3 × 3 permutation matrix is solved by pivoting', () => {
    // A = [[0, 0, 2], [0, 3, 0], [4, 0, 0]]: 2·x₂ = 2, 3·x₁ = 6, 4·x₀ = 12 → x = [3, 2, 1].
    const solution = solveLinearSystem(f64([0, 0, 2, 0, 3, 0, 4, 0, 0]), f64([2, 6, 12]));
    expect(Array.from(solution)).toEqual([3, 2, 1]);
  });

  test('a tiny leading pivot is swapped for the larger one and the answer stays accurate', () => {
    // [[1e−17, 1], [1, 1]]·x = [1, 2]: x₀ = 1 / (1 − 1e−17) ≈ 1, x₁ = 1 − 1e−17·x₀ ≈ 1.
    // Using 1e−17 as the pivot would lose x₀ entirely (or be refused as singular).
    const solution = solveLinearSystem(f64([1e-17, 1, 1, 1]), f64([1, 2]));
    expect(Math.abs(solution[0] - 1)).toBeLessThan(1e-12);
    expect(Math.abs(solution[1] - 1)).toBeLessThan(1e-12);
  });

  test('a singular matrix throws RangeError', () => {
    // Row 2 is twice row 1.
    expect(() => solveLinearSystem(f64([1, 2, 2, 4]), f64([1, 2]))).toThrow(RangeError);
    expect(() => solveLinearSystem(f64([0, 0, 0, 0]), f64([0, 0]))).toThrow(RangeError);
    // Row 3 = 2·row 2 − row 1: rank 2 (elimination leaves a pivot of rounding size only).
    expect(() => solveLinearSystem(f64([1, 2, 3, 4, 5, 6, 7, 8, 9]), f64([1, 2, 3]))).toThrow(RangeError);
  });

  test('a matrix whose size does not match the right-hand side throws RangeError', () => {
    expect(() => solveLinearSystem(f64([1, 0, 0]), f64([1, 2]))).toThrow(RangeError);
    expect(() => solveLinearSystem(f64([1, 0, 0, 1]), f64([1, 2, 3]))).toThrow(RangeError);
    expect(() => solveLinearSystem(f64([1, 0, 0, 1, 5]), f64([1, 2]))).toThrow(RangeError);
  });

  test('leaves the matrix and right-hand side it was given unchanged', () => {
    const matrix = f64([0, 1, 2, 1, 0, 3, 4, -2, 9]); // det = −1, zero in the first pivot place
    const rhs = f64([1, -1, 2]);
    const matrixBefore = Array.from(matrix);
    const rhsBefore = Array.from(rhs);
    const solution = solveLinearSystem(matrix, rhs);
    expect(Array.from(matrix)).toEqual(matrixBefore);
    expect(Array.from(rhs)).toEqual(rhsBefore);
    expect(solution).not.toBe(rhs);
    // And the answer satisfies the system it was asked about.
    const check = multiply(matrixBefore, solution);
    for (let row = 0; row < 3; row += 1) expect(Math.abs(check[row] - rhsBefore[row])).toBeLessThan(1e-12);
  });
});
