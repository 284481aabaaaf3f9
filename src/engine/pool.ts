import type { Signal } from './crossCorrelate';
import { forEachTap } from './forEachTap';
import { resolveSingleLayer } from './resolveSingleLayer';
import type { AxisValue, WindowGeometrySpec } from './spec';

/**
 * Max or average pooling of a row-major input of extent `inputSize`; stride defaults to the kernel.
 * Taps on padding are ignored (the average divides by the in-bounds taps, as TensorFlow's 'SAME').
 */
export function pool(
  input: Float32Array,
  inputSize: AxisValue,
  op: 'max' | 'avg',
  geometry: WindowGeometrySpec,
): Signal {
  const layer = resolveSingleLayer(inputSize, { kind: 'pool', op, ...geometry });
  const inputUnits = layer.inputSize.reduce((a, b) => a * b, 1);
  if (input.length !== inputUnits) {
    throw new RangeError(`input has ${input.length} values; its shape needs ${inputUnits}.`);
  }
  const outputUnits = layer.size.reduce((a, b) => a * b, 1);
  const values = new Float32Array(outputUnits);
  for (let output = 0; output < outputUnits; output += 1) {
    let maximum = Number.NEGATIVE_INFINITY;
    let total = 0;
    let count = 0;
    forEachTap(layer.axes ?? [], output, (inputIndex) => {
      const value = input[inputIndex];
      if (value > maximum) maximum = value;
      total += value;
      count += 1;
    });
    // A window made only of padding has no inputs; it yields 0, like zero padding would.
    values[output] = count === 0 ? 0 : op === 'max' ? maximum : total / count;
  }
  return { values, size: layer.size };
}
