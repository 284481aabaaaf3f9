import type { ResolvedLayer } from './resolved';
import { resolveNetwork } from './resolveNetwork';
import type { AxisValue, LayerSpec } from './spec';

/**
 * Resolves one layer applied to an input of extent `inputSize` (a number in 1D, `[height, width]`
 * in 2D), with the same validation as a whole network; throws NetworkSpecError when it is impossible.
 */
export function resolveSingleLayer(inputSize: AxisValue, layer: LayerSpec): ResolvedLayer {
  return resolveNetwork({ input: { size: inputSize }, layers: [layer] }).layers[0];
}
