import { type SignalTransform, transformSource } from './transformSignal';
import { axisPadding } from './windowOutputSize';

/** Where one input sample's influence lands on each of the four signals of an equivariance check. */
export interface EquivarianceTrace {
  /** Positions of T(x) that take their value from the sample. */
  transformedInput: number[];
  /** Outputs of f(x) whose window reads the sample. */
  output: number[];
  /** Outputs of f(T(x)) whose window reads a position of T(x) that holds the sample. */
  outputOfTransformed: number[];
  /** Positions of T(f(x)) that take their value from an output of f(x) the sample reaches. */
  transformedOutput: number[];
}

/**
 * Traces input sample `sample` of a signal of `length` through both orders of an equivariance
 * check (f = cross-correlation with a kernel of `kernelLength` taps, 'same' padding, stride 1, as
 * {@link equivarianceCheck} uses): for a shift the two orders reach the same positions away from
 * the borders; for a stretch they do not. Every list is in increasing order.
 */
export function traceEquivariance(
  length: number,
  kernelLength: number,
  transform: SignalTransform,
  sample: number,
): EquivarianceTrace {
  const { padBefore } = axisPadding('same', length, kernelLength, 1, 1);
  const positions = Array.from({ length }, (_, position) => position);
  // Output o reads inputs o − padBefore … o − padBefore + k − 1.
  const reads = (output: number, input: number) =>
    input >= output - padBefore && input <= output - padBefore + kernelLength - 1;
  const reach = (inputs: number[]) =>
    positions.filter((output) => inputs.some((input) => reads(output, input)));
  const movedTo = (sources: number[]) =>
    positions.filter((position) => sources.includes(transformSource(transform, position)));
  const transformedInput = movedTo([sample]);
  const output = reach([sample]);
  return {
    transformedInput,
    output,
    outputOfTransformed: reach(transformedInput),
    transformedOutput: movedTo(output),
  };
}
