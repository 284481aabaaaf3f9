import { crossCorrelate } from './crossCorrelate';
import { type SignalTransform, transformSignal, transformSource } from './transformSignal';
import { axisPadding } from './windowOutputSize';

/** Both sides of f(T(x)) = T(f(x)) for a 1D cross-correlation f with 'same' padding, and their gap. */
export interface EquivarianceCheck {
  /** x */
  input: Float32Array;
  /** T(x) */
  transformedInput: Float32Array;
  /** f(x) */
  output: Float32Array;
  /** f(T(x)): transform, then convolve. */
  outputOfTransformed: Float32Array;
  /** T(f(x)): convolve, then transform. */
  transformedOutput: Float32Array;
  /** |f(T(x)) − T(f(x))| at every position. */
  difference: Float32Array;
  /** 1 where neither side reads past a border or zero fill: where the two must agree if f is equivariant to T. */
  interior: Uint8Array;
  maxInteriorDifference: number;
  maxBorderDifference: number;
}

/**
 * Checks whether convolving commutes with a transform on one signal: computes f(T(x)) and T(f(x))
 * for f = cross-correlation with `kernel` ('same' padding, stride 1) and reports where they differ.
 * For a shift they agree exactly away from the borders (Deep Learning §9.2); for a stretch they do not.
 */
export function equivarianceCheck(
  input: Float32Array,
  kernel: Float32Array,
  transform: SignalTransform,
): EquivarianceCheck {
  const length = input.length;
  const geometry = { kernel: kernel.length, padding: 'same' as const };
  const output = crossCorrelate(input, length, kernel, geometry).values;
  const transformedInput = transformSignal(input, transform);
  const outputOfTransformed = crossCorrelate(transformedInput, length, kernel, geometry).values;
  const transformedOutput = transformSignal(output, transform);
  const { padBefore } = axisPadding('same', length, kernel.length, 1, 1);
  const windowInside = (position: number) =>
    position - padBefore >= 0 && position - padBefore + kernel.length - 1 < length;
  const difference = new Float32Array(length);
  const interior = new Uint8Array(length);
  let maxInteriorDifference = 0;
  let maxBorderDifference = 0;
  for (let position = 0; position < length; position += 1) {
    const source = transformSource(transform, position);
    // Both sides read only real samples: the window here, and the window at the source position.
    interior[position] =
      source >= 0 && source < length && windowInside(position) && windowInside(source) ? 1 : 0;
    difference[position] = Math.abs(outputOfTransformed[position] - transformedOutput[position]);
    if (interior[position]) maxInteriorDifference = Math.max(maxInteriorDifference, difference[position]);
    else maxBorderDifference = Math.max(maxBorderDifference, difference[position]);
  }
  return {
    input,
    transformedInput,
    output,
    outputOfTransformed,
    transformedOutput,
    difference,
    interior,
    maxInteriorDifference,
    maxBorderDifference,
  };
}
