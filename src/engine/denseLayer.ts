import { forEachTap } from './forEachTap';
import { resolveSingleLayer } from './resolveSingleLayer';
import type { AxisValue, WindowGeometrySpec } from './spec';

/** A convolution written as the dense layer it is equivalent to, computed a range of outputs at a time. */
export interface DenseLayer {
  inputUnits: number;
  outputUnits: number;
  /**
   * Writes outputs `first … end − 1` into `output[0 … end − first − 1]`, each as the dot product of
   * that output's whole matrix row with the input: `inputUnits` multiply-adds per output.
   */
  computeRange(input: Float32Array, output: Float32Array, first: number, end: number): void;
}

/** One matrix row against the input, all `length` entries, in four interleaved sums. */
function dot(row: Float32Array, input: Float32Array, length: number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let index = 0;
  for (; index + 3 < length; index += 4) {
    a += row[index] * input[index];
    b += row[index + 1] * input[index + 1];
    c += row[index + 2] * input[index + 2];
    d += row[index + 3] * input[index + 3];
  }
  for (; index < length; index += 1) a += row[index] * input[index];
  return a + b + (c + d);
}

/**
 * The cross-correlation of `kernel` over inputs of extent `inputSize` as a dense layer. The matrix
 * (inputs × outputs entries: 8 × 10⁹ for fig. 9.6, 32 GB as floats) is never stored: each output's
 * row is written into one reused buffer (its taps' weights, zeros elsewhere), multiplied with the
 * whole input, and cleared again. Throws as {@link resolveSingleLayer} does for an impossible geometry.
 */
export function createDenseLayer(
  inputSize: AxisValue,
  kernel: Float32Array,
  geometry: WindowGeometrySpec,
): DenseLayer {
  const layer = resolveSingleLayer(inputSize, { kind: 'conv', ...geometry });
  const axes = layer.axes ?? [];
  const inputUnits = layer.inputSize.reduce((a, b) => a * b, 1);
  const outputUnits = layer.size.reduce((a, b) => a * b, 1);
  const row = new Float32Array(inputUnits);
  const columns: number[] = [];
  return {
    inputUnits,
    outputUnits,
    computeRange(input, output, first, end) {
      if (input.length !== inputUnits) {
        throw new RangeError(`input has ${input.length} values; the layer needs ${inputUnits}.`);
      }
      for (let unit = first; unit < end; unit += 1) {
        columns.length = 0;
        forEachTap(axes, unit, (column, tap) => {
          row[column] = kernel[tap];
          columns.push(column);
        });
        output[unit - first] = dot(row, input, inputUnits);
        for (const column of columns) row[column] = 0;
      }
    },
  };
}
