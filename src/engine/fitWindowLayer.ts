import { solveLinearSystem } from './solveLinearSystem';

/** Whether every output position shares one kernel (convolution) or has its own (locally connected). */
export type WeightSharing = 'shared' | 'local';

/** A fitted 1D window layer (stride 1, no padding): out[o] = Σ_j w_o[j] · x[o + j]. */
export interface FittedWindowLayer {
  sharing: WeightSharing;
  kernel: number;
  /** Output positions. */
  outputs: number;
  /** `kernel` weights (shared), or `outputs × kernel` weights row by row (local). */
  weights: Float64Array;
}

/**
 * Least-squares fit of a 1D window layer to examples (ridge `ridge` ≥ 0 keeps under-determined
 * positions at small weights): minimises Σ (out − target)² + ridge·|w|². Inputs have length m,
 * targets length m − kernel + 1. A shared kernel pools every position of every example into one
 * k-unknown system; a locally connected layer solves one k-unknown system per position, from that
 * position's windows alone — which is why it needs more examples to learn the same thing.
 */
export function fitWindowLayer(
  inputs: readonly Float32Array[],
  targets: readonly Float32Array[],
  kernel: number,
  sharing: WeightSharing,
  ridge = 1e-6,
): FittedWindowLayer {
  if (inputs.length === 0 || inputs.length !== targets.length) {
    throw new RangeError('Fitting needs at least one example, and one target per input.');
  }
  const length = inputs[0].length;
  const outputs = length - kernel + 1;
  if (kernel < 1 || outputs < 1)
    throw new RangeError(`A kernel of ${kernel} does not fit inputs of length ${length}.`);
  for (let example = 0; example < inputs.length; example += 1) {
    if (inputs[example].length !== length || targets[example].length !== outputs) {
      throw new RangeError(`Example ${example} must have ${length} inputs and ${outputs} targets.`);
    }
  }
  const systems = sharing === 'shared' ? 1 : outputs;
  const weights = new Float64Array(systems * kernel);
  for (let system = 0; system < systems; system += 1) {
    const normal = new Float64Array(kernel * kernel);
    const right = new Float64Array(kernel);
    const positions =
      sharing === 'shared' ? Array.from({ length: outputs }, (_, output) => output) : [system];
    for (let example = 0; example < inputs.length; example += 1) {
      for (const output of positions) {
        for (let row = 0; row < kernel; row += 1) {
          const value = inputs[example][output + row];
          right[row] += value * targets[example][output];
          for (let col = 0; col < kernel; col += 1)
            normal[row * kernel + col] += value * inputs[example][output + col];
        }
      }
    }
    for (let diagonal = 0; diagonal < kernel; diagonal += 1) normal[diagonal * kernel + diagonal] += ridge;
    weights.set(solveLinearSystem(normal, right), system * kernel);
  }
  return { sharing, kernel, outputs, weights };
}

/** Runs a fitted window layer on one input of the length it was fitted for. */
export function applyWindowLayer(layer: FittedWindowLayer, input: Float32Array): Float32Array {
  const expectedWeights = layer.sharing === 'shared' ? layer.kernel : layer.kernel * layer.outputs;
  if (layer.weights.length !== expectedWeights) {
    throw new RangeError(
      `A ${layer.sharing} layer of ${layer.outputs} outputs and kernel ${layer.kernel} has ${expectedWeights} weights, not ${layer.weights.length}.`,
    );
  }
  if (input.length !== layer.outputs + layer.kernel - 1) {
    throw new RangeError(
      `The layer takes inputs of length ${layer.outputs + layer.kernel - 1}, got ${input.length}.`,
    );
  }
  const output = new Float32Array(layer.outputs);
  for (let position = 0; position < layer.outputs; position += 1) {
    const offset = layer.sharing === 'shared' ? 0 : position * layer.kernel;
    let total = 0;
    for (let tap = 0; tap < layer.kernel; tap += 1)
      total += layer.weights[offset + tap] * input[position + tap];
    output[position] = total;
  }
  return output;
}

/** Mean squared difference between predictions and targets over all examples and positions. */
export function meanSquaredError(
  predictions: readonly Float32Array[],
  targets: readonly Float32Array[],
): number {
  const sameShape =
    predictions.length === targets.length &&
    predictions.every((prediction, example) => prediction.length === targets[example].length);
  if (!sameShape)
    throw new RangeError('Predictions and targets must have the same examples of the same lengths.');
  let total = 0;
  let count = 0;
  predictions.forEach((prediction, example) => {
    prediction.forEach((value, position) => {
      total += (value - targets[example][position]) ** 2;
      count += 1;
    });
  });
  return count === 0 ? 0 : total / count;
}
