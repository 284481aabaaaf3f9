/**
 * Solves A·x = b for a small dense square system (A row-major, n × n) by Gaussian elimination with
 * partial pivoting, in Float64. Throws RangeError when A is singular to working precision.
 */
export function solveLinearSystem(matrix: Float64Array, rhs: Float64Array): Float64Array {
  const size = rhs.length;
  if (matrix.length !== size * size)
    throw new RangeError(`A ${size}-unknown system needs ${size * size} matrix entries.`);
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(a[row * size + column]) > Math.abs(a[pivot * size + column])) pivot = row;
    }
    if (Math.abs(a[pivot * size + column]) < 1e-12) throw new RangeError('The system is singular.');
    if (pivot !== column) {
      for (let k = 0; k < size; k += 1) {
        [a[column * size + k], a[pivot * size + k]] = [a[pivot * size + k], a[column * size + k]];
      }
      [b[column], b[pivot]] = [b[pivot], b[column]];
    }
    for (let row = column + 1; row < size; row += 1) {
      const factor = a[row * size + column] / a[column * size + column];
      if (factor === 0) continue;
      for (let k = column; k < size; k += 1) a[row * size + k] -= factor * a[column * size + k];
      b[row] -= factor * b[column];
    }
  }
  const solution = new Float64Array(size);
  for (let row = size - 1; row >= 0; row -= 1) {
    let total = b[row];
    for (let k = row + 1; k < size; k += 1) total -= a[row * size + k] * solution[k];
    solution[row] = total / a[row * size + row];
  }
  return solution;
}
