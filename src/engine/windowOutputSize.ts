import type { AxisWindow } from './resolved';
import type { AxisPaddingSpec } from './spec';

/** Padding on one axis, before and after, in input units. */
export interface AxisPadding {
  padBefore: number;
  padAfter: number;
}

/**
 * Span of a dilated kernel in input units: `dilation · (kernel − 1) + 1`.
 */
export function dilatedKernelSpan(kernel: number, dilation: number): number {
  return dilation * (kernel - 1) + 1;
}

/**
 * Padding for one axis. `'same'` follows TensorFlow: `out = ceil(in / stride)`, total padding
 * `max((out − 1)·stride + span − in, 0)`, the odd unit after (tf.nn.convolution docs); a number pads
 * both sides, `[before, after]` each side as given.
 */
export function axisPadding(
  padding: 'valid' | 'same' | AxisPaddingSpec,
  inputSize: number,
  kernel: number,
  stride: number,
  dilation: number,
): AxisPadding {
  if (padding === 'valid') return { padBefore: 0, padAfter: 0 };
  if (padding === 'same') {
    const outputSize = Math.ceil(inputSize / stride);
    const total = Math.max((outputSize - 1) * stride + dilatedKernelSpan(kernel, dilation) - inputSize, 0);
    const padBefore = Math.floor(total / 2);
    return { padBefore, padAfter: total - padBefore };
  }
  if (typeof padding === 'number') return { padBefore: padding, padAfter: padding };
  return { padBefore: padding[0], padAfter: padding[1] };
}

/**
 * Output extent of one axis: `floor((in + padBefore + padAfter − span) / stride) + 1`, or 0 when the
 * dilated kernel does not fit in the padded input.
 */
export function windowOutputSize(window: Omit<AxisWindow, 'outputSize'>): number {
  const padded = window.inputSize + window.padBefore + window.padAfter;
  const span = dilatedKernelSpan(window.kernel, window.dilation);
  if (span > padded) return 0;
  return Math.floor((padded - span) / window.stride) + 1;
}
