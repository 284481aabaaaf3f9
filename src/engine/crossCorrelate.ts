import { correlateRange } from './correlateRange';
import type { ResolvedLayer } from './resolved';
import { resolveSingleLayer } from './resolveSingleLayer';
import type { AxisValue, WindowGeometrySpec } from './spec';

/** A row-major signal or image and its extent per axis. */
export interface Signal {
  values: Float32Array;
  /** Extent per axis: `[n]` or `[height, width]`. */
  size: number[];
}

/** A cross-correlation prepared for one geometry, computable a range of outputs at a time. */
export interface Correlator {
  layer: ResolvedLayer;
  /** Output extent per axis. */
  size: number[];
  /** Number of output units (row-major). */
  outputUnits: number;
  /** Writes outputs `first … end − 1` (row-major indices) of `input` ⋆ kernel into `output`. */
  computeRange(input: Float32Array, output: Float32Array, first: number, end: number): void;
}

function checkLength(name: string, values: Float32Array, expected: number): void {
  if (values.length !== expected) {
    throw new RangeError(`${name} has ${values.length} values; its shape needs ${expected}.`);
  }
}

/**
 * Prepares cross-correlation of inputs of extent `inputSize` with a row-major kernel of extent
 * `geometry.kernel`; throws NetworkSpecError for an impossible geometry, RangeError for a kernel of
 * the wrong length.
 */
export function createCorrelator(
  inputSize: AxisValue,
  kernel: Float32Array,
  geometry: WindowGeometrySpec,
): Correlator {
  const layer = resolveSingleLayer(inputSize, { kind: 'conv', ...geometry });
  const axes = layer.axes ?? [];
  checkLength(
    'kernel',
    kernel,
    axes.reduce((total, axis) => total * axis.kernel, 1),
  );
  const inputUnits = layer.inputSize.reduce((a, b) => a * b, 1);
  return {
    layer,
    size: layer.size,
    outputUnits: layer.size.reduce((a, b) => a * b, 1),
    computeRange(input, output, first, end) {
      checkLength('input', input, inputUnits);
      correlateRange(axes, kernel, input, output, first, end);
    },
  };
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
  const correlator = createCorrelator(inputSize, kernel, geometry);
  const values = new Float32Array(correlator.outputUnits);
  correlator.computeRange(input, values, 0, correlator.outputUnits);
  return { values, size: correlator.size };
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
