/** A row-major dense matrix: `values[row · cols + col]`. */
export interface DenseMatrix {
  rows: number;
  cols: number;
  values: Float32Array;
}

/**
 * A compressed sparse row matrix: row r's non-zeros are `values[rowPointers[r] … rowPointers[r+1])`
 * at columns `columnIndices[…]` (increasing within a row).
 */
export interface CsrMatrix {
  rows: number;
  cols: number;
  rowPointers: Int32Array;
  columnIndices: Int32Array;
  values: Float32Array;
}

function checkVector(matrix: { cols: number }, vector: Float32Array): void {
  if (vector.length !== matrix.cols) {
    throw new RangeError(`The matrix has ${matrix.cols} columns but the vector has ${vector.length} values.`);
  }
}

/** y = A·x for a dense matrix A (rows × cols) and a vector x of `cols` values; y has `rows` values. */
export function denseMatVec(matrix: DenseMatrix, vector: Float32Array): Float32Array {
  checkVector(matrix, vector);
  const result = new Float32Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row += 1) {
    let total = 0;
    const offset = row * matrix.cols;
    for (let col = 0; col < matrix.cols; col += 1) total += matrix.values[offset + col] * vector[col];
    result[row] = total;
  }
  return result;
}

/** y = A·x for a CSR matrix A; touches only the stored entries. */
export function csrMatVec(matrix: CsrMatrix, vector: Float32Array): Float32Array {
  checkVector(matrix, vector);
  const result = new Float32Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row += 1) {
    let total = 0;
    for (let entry = matrix.rowPointers[row]; entry < matrix.rowPointers[row + 1]; entry += 1) {
      total += matrix.values[entry] * vector[matrix.columnIndices[entry]];
    }
    result[row] = total;
  }
  return result;
}
