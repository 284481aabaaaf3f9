/**
 * Nested-loop reference for sliding-window numerics, in Float64: the input is copied into an
 * explicitly zero-padded array (with a mask of the cells that hold real input), then every output
 * is the textbook sum or reduction over its window. 1D is a 2D image of one row.
 */
import type { ReferenceAxis } from './bruteForceNetwork';

/** Reference output values, the Σ|wᵢxᵢ| scale of each (for tolerances), and the output extent per axis. */
export interface WindowResult {
  values: Float64Array;
  scale: Float64Array;
  size: number[];
}

const flatAxis: ReferenceAxis = {
  kernel: 1,
  stride: 1,
  dilation: 1,
  padBefore: 0,
  padAfter: 0,
  inputSize: 1,
  outputSize: 1,
};

interface Padded {
  rows: ReferenceAxis;
  cols: ReferenceAxis;
  paddedRows: number;
  paddedCols: number;
  values: Float64Array;
  real: Uint8Array;
  outputRows: number;
  outputCols: number;
}

function pad(input: ArrayLike<number>, axes: ReferenceAxis[]): Padded {
  const [rows, cols] = axes.length === 1 ? [flatAxis, axes[0]] : axes;
  const paddedRows = rows.padBefore + rows.inputSize + rows.padAfter;
  const paddedCols = cols.padBefore + cols.inputSize + cols.padAfter;
  const values = new Float64Array(paddedRows * paddedCols);
  const real = new Uint8Array(paddedRows * paddedCols);
  for (let row = 0; row < rows.inputSize; row += 1) {
    for (let col = 0; col < cols.inputSize; col += 1) {
      const at = (row + rows.padBefore) * paddedCols + col + cols.padBefore;
      values[at] = input[row * cols.inputSize + col];
      real[at] = 1;
    }
  }
  // An output exists wherever its whole dilated window lies inside the padded array.
  let outputRows = 0;
  while (outputRows * rows.stride + (rows.kernel - 1) * rows.dilation < paddedRows) outputRows += 1;
  let outputCols = 0;
  while (outputCols * cols.stride + (cols.kernel - 1) * cols.dilation < paddedCols) outputCols += 1;
  return { rows, cols, paddedRows, paddedCols, values, real, outputRows, outputCols };
}

/** Visits the padded-array offsets of one output's window, in row-major tap order. */
function forWindow(
  padded: Padded,
  outputRow: number,
  outputCol: number,
  visit: (at: number, tap: number) => void,
) {
  const { rows, cols, paddedCols } = padded;
  for (let tapRow = 0; tapRow < rows.kernel; tapRow += 1) {
    for (let tapCol = 0; tapCol < cols.kernel; tapCol += 1) {
      const row = outputRow * rows.stride + tapRow * rows.dilation;
      const col = outputCol * cols.stride + tapCol * cols.dilation;
      visit(row * paddedCols + col, tapRow * cols.kernel + tapCol);
    }
  }
}

function sizeOf(padded: Padded, dimensions: number): number[] {
  return dimensions === 1 ? [padded.outputCols] : [padded.outputRows, padded.outputCols];
}

/** out[o] = Σ_j kernel[j] · paddedInput[o·stride + j·dilation], zero padding. */
export function bruteForceCrossCorrelation(
  input: ArrayLike<number>,
  kernel: ArrayLike<number>,
  axes: ReferenceAxis[],
): WindowResult {
  const padded = pad(input, axes);
  const units = padded.outputRows * padded.outputCols;
  const values = new Float64Array(units);
  const scale = new Float64Array(units);
  for (let outputRow = 0; outputRow < padded.outputRows; outputRow += 1) {
    for (let outputCol = 0; outputCol < padded.outputCols; outputCol += 1) {
      const output = outputRow * padded.outputCols + outputCol;
      forWindow(padded, outputRow, outputCol, (at, tap) => {
        values[output] += kernel[tap] * padded.values[at];
        scale[output] += Math.abs(kernel[tap] * padded.values[at]);
      });
    }
  }
  return { values, scale, size: sizeOf(padded, axes.length) };
}

/**
 * Max or mean over the real (non-padding) inputs of each window; a window of padding only gives 0
 * (the engine's documented convention, src/engine/pool.ts).
 */
export function bruteForcePool(
  input: ArrayLike<number>,
  op: 'max' | 'avg',
  axes: ReferenceAxis[],
): WindowResult {
  const padded = pad(input, axes);
  const units = padded.outputRows * padded.outputCols;
  const values = new Float64Array(units);
  const scale = new Float64Array(units);
  for (let outputRow = 0; outputRow < padded.outputRows; outputRow += 1) {
    for (let outputCol = 0; outputCol < padded.outputCols; outputCol += 1) {
      const output = outputRow * padded.outputCols + outputCol;
      const seen: number[] = [];
      forWindow(padded, outputRow, outputCol, (at) => {
        if (padded.real[at]) seen.push(padded.values[at]);
      });
      if (seen.length === 0) continue;
      values[output] = op === 'max' ? Math.max(...seen) : seen.reduce((a, b) => a + b, 0) / seen.length;
      scale[output] = Math.max(...seen.map(Math.abs));
    }
  }
  return { values, scale, size: sizeOf(padded, axes.length) };
}
