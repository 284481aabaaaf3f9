import { forEachTap } from './forEachTap';
import type { CsrMatrix, DenseMatrix } from './matrices';
import { resolveSingleLayer } from './resolveSingleLayer';
import type { AxisValue, WindowGeometrySpec } from './spec';

/** Largest dense matrix {@link layerMatrix} builds, in entries (64 MiB of float32). */
export const MAX_DENSE_ENTRIES = 16_777_216;

/**
 * The sparse (CSR) matrix of a cross-correlation layer: one row per output unit, one column per
 * input unit (both row-major), the kernel weight of each in-bounds tap as the entry.
 */
export function layerCsr(
  inputSize: AxisValue,
  kernel: Float32Array,
  geometry: WindowGeometrySpec,
): CsrMatrix {
  const layer = resolveSingleLayer(inputSize, { kind: 'conv', ...geometry });
  const axes = layer.axes ?? [];
  const taps = axes.reduce((total, axis) => total * axis.kernel, 1);
  if (kernel.length !== taps)
    throw new RangeError(`kernel has ${kernel.length} values; its shape needs ${taps}.`);
  const rows = layer.size.reduce((a, b) => a * b, 1);
  const cols = layer.inputSize.reduce((a, b) => a * b, 1);
  const rowPointers = new Int32Array(rows + 1);
  const columnIndices = new Int32Array(rows * taps);
  const values = new Float32Array(rows * taps);
  let stored = 0;
  for (let row = 0; row < rows; row += 1) {
    rowPointers[row] = stored;
    forEachTap(axes, row, (inputIndex, tapIndex) => {
      columnIndices[stored] = inputIndex;
      values[stored] = kernel[tapIndex];
      stored += 1;
    });
  }
  rowPointers[rows] = stored;
  return {
    rows,
    cols,
    rowPointers,
    columnIndices: columnIndices.slice(0, stored),
    values: values.slice(0, stored),
  };
}

/**
 * The dense matrix equivalent to a cross-correlation layer (rows = output units, cols = input
 * units, row-major); throws RangeError above {@link MAX_DENSE_ENTRIES} entries.
 */
export function layerMatrix(
  inputSize: AxisValue,
  kernel: Float32Array,
  geometry: WindowGeometrySpec,
): DenseMatrix {
  const csr = layerCsr(inputSize, kernel, geometry);
  if (csr.rows * csr.cols > MAX_DENSE_ENTRIES) {
    throw new RangeError(
      `The dense matrix would have ${csr.rows}×${csr.cols} = ${csr.rows * csr.cols} entries; the limit is ${MAX_DENSE_ENTRIES}.`,
    );
  }
  const values = new Float32Array(csr.rows * csr.cols);
  for (let row = 0; row < csr.rows; row += 1) {
    for (let entry = csr.rowPointers[row]; entry < csr.rowPointers[row + 1]; entry += 1) {
      values[row * csr.cols + csr.columnIndices[entry]] = csr.values[entry];
    }
  }
  return { rows: csr.rows, cols: csr.cols, values };
}
