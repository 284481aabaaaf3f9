import { resolveNetwork } from './resolveNetwork';
import { separableGradient } from './separableGradient';
import type { UnitPosition } from './spec';
import { unitIndex, unitPosition } from './unitIndex';

/**
 * For every layer (index 0 = the input), how many distinct paths join each of its units to `unit`
 * of layer `layer`, row-major: a path is one connection per layer, so a unit outside the receptive
 * field has none, and layer `layer` has a 1 at the unit itself. Layers above are all zero.
 *
 * Counts grow as a product of kernel sizes with depth and pass 2⁵³ in deep networks. They are kept
 * as float64: exact up to 2⁵³, beyond that correct to 16 significant digits (a ratio between two
 * counts stays meaningful), and past 1.8 × 10³⁰⁸ Infinity. Show them on a logarithmic scale.
 */
export function countPaths(spec: unknown, layer: number, unit: UnitPosition): Float64Array[] {
  const network = resolveNetwork(spec);
  if (!Number.isInteger(layer) || layer < 0 || layer >= network.sizes.length)
    throw new RangeError(
      `The network has layers 0–${network.sizes.length - 1}; ${layer} is not one of them.`,
    );
  const size = network.sizes[layer];
  return separableGradient(network, layer, unitPosition(size, unitIndex(size, unit, layer)), () => 1);
}
