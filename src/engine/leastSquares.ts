/**
 * Cholesky factorisation of a symmetric positive-definite n × n matrix (row-major), in place:
 * the lower triangle becomes L with A = L Lᵀ. Throws RangeError when a pivot is not positive.
 */
function cholesky(matrix: Float64Array, n: number): void {
  for (let j = 0; j < n; j += 1) {
    let diagonal = matrix[j * n + j];
    for (let k = 0; k < j; k += 1) diagonal -= matrix[j * n + k] ** 2;
    if (!(diagonal > 0)) throw new RangeError('The system is not positive definite.');
    const pivot = Math.sqrt(diagonal);
    matrix[j * n + j] = pivot;
    for (let i = j + 1; i < n; i += 1) {
      let value = matrix[i * n + j];
      for (let k = 0; k < j; k += 1) value -= matrix[i * n + k] * matrix[j * n + k];
      matrix[i * n + j] = value / pivot;
    }
  }
}

/** Solves L Lᵀ X = B in place for `columns` right-hand sides (B is n × columns, row-major). */
function choleskySolve(factor: Float64Array, n: number, rhs: Float64Array, columns: number): void {
  for (let c = 0; c < columns; c += 1) {
    for (let i = 0; i < n; i += 1) {
      let value = rhs[i * columns + c];
      for (let k = 0; k < i; k += 1) value -= factor[i * n + k] * rhs[k * columns + c];
      rhs[i * columns + c] = value / factor[i * n + i];
    }
    for (let i = n - 1; i >= 0; i -= 1) {
      let value = rhs[i * columns + c];
      for (let k = i + 1; k < n; k += 1) value -= factor[k * n + i] * rhs[k * columns + c];
      rhs[i * columns + c] = value / factor[i * n + i];
    }
  }
}

/**
 * The least-squares weights W (p × q) with X W ≈ Y for `n` examples of `p` inputs (X, n × p) and
 * `q` targets (Y, n × q), all row-major, with a ridge of `ridge` times the mean diagonal of the Gram
 * matrix (a tiny one only keeps the solve stable). With fewer examples than inputs it returns the
 * smallest-norm solution, W = Xᵀ (X Xᵀ + λI)⁻¹ Y; otherwise W = (Xᵀ X + λI)⁻¹ Xᵀ Y.
 */
export function fitLeastSquares(
  inputs: Float64Array,
  targets: Float64Array,
  n: number,
  p: number,
  q: number,
  ridge = 1e-9,
): Float64Array {
  if (inputs.length !== n * p || targets.length !== n * q) throw new RangeError('Shapes do not match.');
  const weights = new Float64Array(p * q);
  if (n === 0) return weights;
  const dual = n < p;
  const size = dual ? n : p;
  const gram = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let total = 0;
      if (dual) for (let k = 0; k < p; k += 1) total += inputs[i * p + k] * inputs[j * p + k];
      else for (let k = 0; k < n; k += 1) total += inputs[k * p + i] * inputs[k * p + j];
      gram[i * size + j] = total;
      gram[j * size + i] = total;
    }
  }
  let trace = 0;
  for (let i = 0; i < size; i += 1) trace += gram[i * size + i];
  const lambda = Math.max(ridge * (trace / size), 1e-300);
  for (let i = 0; i < size; i += 1) gram[i * size + i] += lambda;
  cholesky(gram, size);
  if (dual) {
    const solved = targets.slice();
    choleskySolve(gram, n, solved, q);
    // W = Xᵀ A.
    for (let k = 0; k < p; k += 1) {
      for (let c = 0; c < q; c += 1) {
        let total = 0;
        for (let i = 0; i < n; i += 1) total += inputs[i * p + k] * solved[i * q + c];
        weights[k * q + c] = total;
      }
    }
    return weights;
  }
  // Xᵀ Y, then solve.
  for (let k = 0; k < p; k += 1) {
    for (let c = 0; c < q; c += 1) {
      let total = 0;
      for (let i = 0; i < n; i += 1) total += inputs[i * p + k] * targets[i * q + c];
      weights[k * q + c] = total;
    }
  }
  choleskySolve(gram, p, weights, q);
  return weights;
}
