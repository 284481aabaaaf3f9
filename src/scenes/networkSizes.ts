import { type NetworkSpec, validateNetwork } from '../engine';

/**
 * Extent of every layer of a network (index 0 = the input), or null when a layer is impossible.
 * Scenes use the engine's pure validator synchronously to size their panels; computing fields and
 * counts goes through the worker.
 */
export function networkSizes(spec: NetworkSpec): number[][] | null {
  const result = validateNetwork(spec);
  return result.ok ? result.network.sizes : null;
}
