import type { AxisWindow } from './resolved';

/**
 * Visits the taps of one output unit of a sliding window (1D or 2D) that land inside the input
 * (taps on padding are skipped), in increasing tap order, which is also increasing input order.
 * `outputIndex` is row-major over the output; `visit` gets the row-major input index and tap index.
 */
export function forEachTap(
  axes: readonly AxisWindow[],
  outputIndex: number,
  visit: (inputIndex: number, tapIndex: number) => void,
): void {
  if (axes.length === 1) {
    const [axis] = axes;
    const start = outputIndex * axis.stride - axis.padBefore;
    for (let tap = 0; tap < axis.kernel; tap += 1) {
      const input = start + tap * axis.dilation;
      if (input >= 0 && input < axis.inputSize) visit(input, tap);
    }
    return;
  }
  const [rows, cols] = axes;
  const outputRow = Math.floor(outputIndex / cols.outputSize);
  const outputCol = outputIndex - outputRow * cols.outputSize;
  const rowStart = outputRow * rows.stride - rows.padBefore;
  const colStart = outputCol * cols.stride - cols.padBefore;
  for (let tapRow = 0; tapRow < rows.kernel; tapRow += 1) {
    const inputRow = rowStart + tapRow * rows.dilation;
    if (inputRow < 0 || inputRow >= rows.inputSize) continue;
    for (let tapCol = 0; tapCol < cols.kernel; tapCol += 1) {
      const inputCol = colStart + tapCol * cols.dilation;
      if (inputCol < 0 || inputCol >= cols.inputSize) continue;
      visit(inputRow * cols.inputSize + inputCol, tapRow * cols.kernel + tapCol);
    }
  }
}
