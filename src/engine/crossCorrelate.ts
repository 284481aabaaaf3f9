import { forEachTap } from './forEachTap';
import { resolveSingleLayer } from './resolveSingleLayer';
import type { AxisValue, WindowGeometrySpec } from './spec';

/** A row-major signal or image and its extent per axis. */
export interface Signal {
  values: Float32Array;
  /** Extent per axis: `[n]` or `[height, width]`. */
  size: number[];
}

function checkLength(name: string, values: Float32Array, expected: number): void {
  if (values.length !== expected) {
    throw new RangeError(`${name} has ${values.length} values; its shape needs ${expected}.`);
  }
}

/**
 * Cross-correlation (what PyTorch and TensorFlow call convolution) of a row-major input of extent
 * `inputSize` with a row-major kernel of extent `geometry.kernel`, honouring stride, dilation and
 * padding (zeros): out[o] = Σ_j kernel[j] · input[o·stride − padBefore + j·dilation].
 */
export function crossCorrelate(
  input: Float32Array,
  inputSize: AxisValue,
  kernel: Float32Array,
  geometry: WindowGeometrySpec,
): Signal {
  const layer = resolveSingleLayer(inputSize, { kind: 'conv', ...geometry });
  const axes = layer.axes ?? [];
  checkLength(
    'input',
    input,
    layer.inputSize.reduce((a, b) => a * b, 1),
  );
  checkLength(
    'kernel',
    kernel,
    axes.reduce((total, axis) => total * axis.kernel, 1),
  );
  const outputUnits = layer.size.reduce((a, b) => a * b, 1);
  const values = new Float32Array(outputUnits);
  for (let output = 0; output < outputUnits; output += 1) {
    let total = 0;
    forEachTap(axes, output, (inputIndex, tapIndex) => {
      total += kernel[tapIndex] * input[inputIndex];
    });
    values[output] = total;
  }
  return { values, size: layer.size };
}

/** Reverses a row-major kernel on every axis, turning cross-correlation into true convolution. */
export function flipKernel(kernel: Float32Array): Float32Array {
  return kernel.slice().reverse();
}

/**
 * True convolution (the kernel flipped on every axis, as in the textbook definition), with the same
 * geometry as {@link crossCorrelate}.
 */
export function convolve(
  input: Float32Array,
  inputSize: AxisValue,
  kernel: Float32Array,
  geometry: WindowGeometrySpec,
): Signal {
  return crossCorrelate(input, inputSize, flipKernel(kernel), geometry);
}
