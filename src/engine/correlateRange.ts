import type { AxisWindow } from './resolved';

/** A 1D window as the rows axis of a 2D one: one row, read whole. */
const ONE_ROW: AxisWindow = {
  kernel: 1,
  stride: 1,
  dilation: 1,
  padBefore: 0,
  padAfter: 0,
  inputSize: 1,
  outputSize: 1,
};

/** The outputs `lo … hi − 1` of an axis whose every tap lands inside the input (no padding read). */
function interior(axis: AxisWindow): [number, number] {
  const span = (axis.kernel - 1) * axis.dilation;
  const lo = Math.max(0, Math.ceil(axis.padBefore / axis.stride));
  const hi = Math.min(
    axis.outputSize,
    Math.floor((axis.inputSize - 1 - span + axis.padBefore) / axis.stride) + 1,
  );
  return hi > lo ? [lo, hi] : [0, 0];
}

/**
 * Cross-correlation of a row-major input with a row-major kernel over outputs `first … end − 1`,
 * written into `output`. Outputs whose window lies wholly inside the input (nearly all of an
 * image) take a fast path: the taps' input offsets are computed once, no tap is bounds-checked,
 * and kernels of 1, 2, 3 and 9 taps are unrolled. Border outputs skip the taps on padding. Every
 * output sums its taps in increasing tap order from 0, so both paths give the same float.
 */
export function correlateRange(
  axes: readonly AxisWindow[],
  kernel: Float32Array,
  input: Float32Array,
  output: Float32Array,
  first: number,
  end: number,
): void {
  const rows = axes.length === 2 ? axes[0] : ONE_ROW;
  const cols = axes.length === 2 ? axes[1] : axes[0];
  const width = cols.inputSize;
  const taps = kernel.length;
  const offsets = new Int32Array(taps);
  for (let tapRow = 0; tapRow < rows.kernel; tapRow += 1) {
    for (let tapCol = 0; tapCol < cols.kernel; tapCol += 1) {
      offsets[tapRow * cols.kernel + tapCol] = tapRow * rows.dilation * width + tapCol * cols.dilation;
    }
  }
  const [rowLo, rowHi] = interior(rows);
  const [colLo, colHi] = interior(cols);
  const outCols = cols.outputSize;
  let index = first;
  while (index < end) {
    const row = Math.floor(index / outCols);
    const rowEnd = Math.min(end, (row + 1) * outCols);
    const rowStart = row * rows.stride - rows.padBefore;
    const colFirst = index - row * outCols;
    const colEnd = rowEnd - row * outCols;
    const insideRow = row >= rowLo && row < rowHi;
    // The interior columns of this stretch of the row, when the row itself is interior.
    const fastLo = insideRow ? Math.min(Math.max(colFirst, colLo), colEnd) : colEnd;
    const fastHi = insideRow ? Math.max(fastLo, Math.min(colEnd, colHi)) : colEnd;
    const rowBase = row * outCols;
    for (let col = colFirst; col < fastLo; col += 1) {
      output[rowBase + col] = borderOutput(rows, cols, kernel, input, rowStart, col);
    }
    if (fastHi > fastLo) {
      const stride = cols.stride;
      const base = rowStart * width + fastLo * stride - cols.padBefore;
      interiorRow(kernel, offsets, input, output, rowBase + fastLo, fastHi - fastLo, base, stride);
    }
    for (let col = fastHi; col < colEnd; col += 1) {
      output[rowBase + col] = borderOutput(rows, cols, kernel, input, rowStart, col);
    }
    index = rowEnd;
  }
}

/** `count` consecutive interior outputs from `at`, the first window starting at input `base`. */
function interiorRow(
  kernel: Float32Array,
  offsets: Int32Array,
  input: Float32Array,
  output: Float32Array,
  at: number,
  count: number,
  base: number,
  stride: number,
): void {
  const taps = kernel.length;
  if (taps === 1) {
    const w0 = kernel[0];
    const o0 = offsets[0];
    for (let step = 0; step < count; step += 1) {
      const b = base + step * stride;
      let total = 0;
      total += w0 * input[b + o0];
      output[at + step] = total;
    }
  } else if (taps === 2 && stride === 1 && offsets[1] === offsets[0] + 1) {
    // Two neighbours, as fig. 9.6's [−1, 1]: each input is loaded once and used by two outputs.
    const w0 = kernel[0];
    const w1 = kernel[1];
    let b = base + offsets[0];
    let left = input[b];
    let step = 0;
    for (; step + 3 < count; step += 4) {
      const x1 = input[b + 1];
      const x2 = input[b + 2];
      const x3 = input[b + 3];
      const x4 = input[b + 4];
      output[at + step] = 0 + w0 * left + w1 * x1;
      output[at + step + 1] = 0 + w0 * x1 + w1 * x2;
      output[at + step + 2] = 0 + w0 * x2 + w1 * x3;
      output[at + step + 3] = 0 + w0 * x3 + w1 * x4;
      left = x4;
      b += 4;
    }
    for (; step < count; step += 1) {
      const right = input[b + 1];
      output[at + step] = 0 + w0 * left + w1 * right;
      left = right;
      b += 1;
    }
  } else if (taps === 2) {
    const w0 = kernel[0];
    const w1 = kernel[1];
    const o0 = offsets[0];
    const o1 = offsets[1];
    for (let step = 0; step < count; step += 1) {
      const b = base + step * stride;
      let total = 0;
      total += w0 * input[b + o0];
      total += w1 * input[b + o1];
      output[at + step] = total;
    }
  } else if (taps === 3) {
    const w0 = kernel[0];
    const w1 = kernel[1];
    const w2 = kernel[2];
    const o0 = offsets[0];
    const o1 = offsets[1];
    const o2 = offsets[2];
    for (let step = 0; step < count; step += 1) {
      const b = base + step * stride;
      let total = 0;
      total += w0 * input[b + o0];
      total += w1 * input[b + o1];
      total += w2 * input[b + o2];
      output[at + step] = total;
    }
  } else if (taps === 9 && stride === 1 && threeAdjacentColumns(offsets)) {
    // A 3 × 3 window sliding one column: each step loads only its new column of three.
    const [w0, w1, w2, w3, w4, w5, w6, w7, w8] = kernel;
    const top = base + offsets[0];
    const middle = base + offsets[3];
    const bottom = base + offsets[6];
    let a0 = input[top];
    let a1 = input[top + 1];
    let b0 = input[middle];
    let b1 = input[middle + 1];
    let c0 = input[bottom];
    let c1 = input[bottom + 1];
    for (let step = 0; step < count; step += 1) {
      const a2 = input[top + step + 2];
      const b2 = input[middle + step + 2];
      const c2 = input[bottom + step + 2];
      let total = 0;
      total += w0 * a0;
      total += w1 * a1;
      total += w2 * a2;
      total += w3 * b0;
      total += w4 * b1;
      total += w5 * b2;
      total += w6 * c0;
      total += w7 * c1;
      total += w8 * c2;
      output[at + step] = total;
      a0 = a1;
      a1 = a2;
      b0 = b1;
      b1 = b2;
      c0 = c1;
      c1 = c2;
    }
  } else if (taps === 9) {
    const [w0, w1, w2, w3, w4, w5, w6, w7, w8] = kernel;
    const [o0, o1, o2, o3, o4, o5, o6, o7, o8] = offsets;
    for (let step = 0; step < count; step += 1) {
      const b = base + step * stride;
      let total = 0;
      total += w0 * input[b + o0];
      total += w1 * input[b + o1];
      total += w2 * input[b + o2];
      total += w3 * input[b + o3];
      total += w4 * input[b + o4];
      total += w5 * input[b + o5];
      total += w6 * input[b + o6];
      total += w7 * input[b + o7];
      total += w8 * input[b + o8];
      output[at + step] = total;
    }
  } else {
    for (let step = 0; step < count; step += 1) {
      const b = base + step * stride;
      let total = 0;
      for (let tap = 0; tap < taps; tap += 1) total += kernel[tap] * input[b + offsets[tap]];
      output[at + step] = total;
    }
  }
}

/** Whether a 9-tap kernel is 3 rows of 3 adjacent columns (a 3 × 3 window, no column dilation). */
function threeAdjacentColumns(offsets: Int32Array): boolean {
  for (let row = 0; row < 9; row += 3) {
    if (offsets[row + 1] !== offsets[row] + 1 || offsets[row + 2] !== offsets[row] + 2) return false;
  }
  return true;
}

/** One output whose window reaches into the padding: its taps inside the input, in tap order. */
function borderOutput(
  rows: AxisWindow,
  cols: AxisWindow,
  kernel: Float32Array,
  input: Float32Array,
  rowStart: number,
  col: number,
): number {
  const colStart = col * cols.stride - cols.padBefore;
  let total = 0;
  for (let tapRow = 0; tapRow < rows.kernel; tapRow += 1) {
    const inputRow = rowStart + tapRow * rows.dilation;
    if (inputRow < 0 || inputRow >= rows.inputSize) continue;
    for (let tapCol = 0; tapCol < cols.kernel; tapCol += 1) {
      const inputCol = colStart + tapCol * cols.dilation;
      if (inputCol < 0 || inputCol >= cols.inputSize) continue;
      total += kernel[tapRow * cols.kernel + tapCol] * input[inputRow * cols.inputSize + inputCol];
    }
  }
  return total;
}
