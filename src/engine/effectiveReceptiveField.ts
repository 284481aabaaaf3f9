import { backpropagate, type ConnectionWeight } from './backpropagate';
import { randomSource } from './randomSource';
import type { ResolvedLayer } from './resolved';
import { resolveNetwork } from './resolveNetwork';
import { separableGradient } from './separableGradient';
import type { UnitPosition } from './spec';
import { unitIndex, unitPosition } from './unitIndex';

/** How the effective receptive field weighs the network's connections. */
export interface EffectiveFieldOptions {
  /**
   * `'uniform'` (the default): every weight 1 and every pool an average, so that on a chain the
   * field is the path counts scaled by the pools. `'random'`: Gaussian weights (a fresh draw per
   * sample, shared as the layer shares them: one kernel per convolution, one per tile, one per
   * position of a locally connected layer), pools still averaging, |∂y/∂x| averaged over `samples`.
   */
  weights?: 'uniform' | 'random';
  /** Draws averaged with random weights; default 16. */
  samples?: number;
  /** Seed of the random weights; the same seed gives the same field. Default 1. */
  seed?: number;
}

/** Largest number of random weights one layer may draw (a dense layer's are outputs × inputs). */
const MAX_DRAWN_WEIGHTS = 16_777_216;

/**
 * The effective receptive field of `unit` of layer `layer` (Luo et al., NeurIPS 2016): |∂y/∂x| over
 * the input, row-major, for the network taken as linear (no nonlinearity, one channel per layer).
 * `spec` may be a network already resolved.
 */
export function effectiveReceptiveField(
  spec: unknown,
  layer: number,
  unit: UnitPosition,
  options: EffectiveFieldOptions = {},
): Float64Array {
  const network = resolveNetwork(spec);
  if (!Number.isInteger(layer) || layer < 0 || layer >= network.sizes.length)
    throw new RangeError(
      `The network has layers 0–${network.sizes.length - 1}; ${layer} is not one of them.`,
    );
  const index = unitIndex(network.sizes[layer], unit, layer);
  if ((options.weights ?? 'uniform') === 'uniform') {
    const position = unitPosition(network.sizes[layer], index);
    const [input] = separableGradient(network, layer, position, (resolved) => averaging(resolved) ?? 1, true);
    return input;
  }
  const samples = options.samples ?? 16;
  if (!Number.isInteger(samples) || samples < 1)
    throw new RangeError(`samples must be a whole number ≥ 1, got ${samples}.`);
  const gaussian = gaussianSource(options.seed ?? 1);
  const field = new Float64Array(network.sizes[0].reduce((a, b) => a * b, 1));
  for (let sample = 0; sample < samples; sample += 1) {
    const drawn = network.layers.slice(0, layer).map((resolved) => drawWeights(resolved, gaussian));
    const weight: ConnectionWeight = (resolved, output, input, tap) =>
      averaging(resolved) ?? drawn[resolved.index - 1][weightSlot(resolved, output, input, tap)];
    const [input] = backpropagate(network, layer, index, weight);
    for (let unitAt = 0; unitAt < field.length; unitAt += 1)
      field[unitAt] += Math.abs(input[unitAt]) / samples;
  }
  return field;
}

/** A pool's weight, 1 over its window's taps (a max pool is taken as an average); null for other kinds. */
function averaging(layer: ResolvedLayer): number | null {
  if (layer.kind !== 'pool' || !layer.axes) return null;
  return 1 / layer.axes.reduce((taps, axis) => taps * axis.kernel, 1);
}

/** How many distinct weights a layer has, as it shares them (taps per kernel × kernels). */
function weightCount(layer: ResolvedLayer): number {
  const units = (size: readonly number[]) => size.reduce((a, b) => a * b, 1);
  if (!layer.axes) return units(layer.size) * units(layer.inputSize);
  const taps = layer.axes.reduce((total, axis) => total * axis.kernel, 1);
  if (layer.kind === 'local') return units(layer.size) * taps;
  if (layer.kind === 'tiled') return units(layer.tiles ?? [1]) * taps;
  return taps;
}

/** Which of the layer's weights a connection uses. */
function weightSlot(layer: ResolvedLayer, output: number, input: number, tap: number): number {
  if (!layer.axes) return output * layer.inputSize.reduce((a, b) => a * b, 1) + input;
  const taps = layer.axes.reduce((total, axis) => total * axis.kernel, 1);
  if (layer.kind === 'local') return output * taps + tap;
  if (layer.kind === 'tiled') {
    const tiles = layer.tiles ?? [1];
    const width = layer.size[layer.size.length - 1];
    const col = output % width;
    const kernel =
      tiles.length === 2
        ? (Math.floor(output / width) % tiles[0]) * tiles[1] + (col % tiles[1])
        : col % tiles[0];
    return kernel * taps + tap;
  }
  return tap;
}

/** One draw of a layer's weights (none for a pool, whose weights are its average). */
function drawWeights(layer: ResolvedLayer, gaussian: () => number): Float64Array {
  if (averaging(layer) !== null) return new Float64Array(0);
  const count = weightCount(layer);
  if (count > MAX_DRAWN_WEIGHTS)
    throw new RangeError(
      `Layer ${layer.index} would draw ${count} random weights; the limit is ${MAX_DRAWN_WEIGHTS}.`,
    );
  const weights = new Float64Array(count);
  for (let slot = 0; slot < count; slot += 1) weights[slot] = gaussian();
  return weights;
}

/** Standard normal numbers from a seeded uniform source (Box–Muller). */
function gaussianSource(seed: number): () => number {
  const uniform = randomSource(seed);
  return () => {
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    return radius * Math.cos(2 * Math.PI * uniform());
  };
}
