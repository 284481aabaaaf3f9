/**
 * The analytic window of one unit found by brute force: padding is treated as units that read on
 * exactly like real ones (no border cut), and every tap of every reached position is visited, layer
 * by layer down to the input, with the brute-force reference's per-layer windows.
 */
import type { ReferenceNetwork } from './bruteForceNetwork';

/**
 * The lowest and highest input position that unit `unit` (its coordinate along `axis`) of layer
 * `layer` reaches with the border cut ignored. Sliding-window chains only: throws at a dense layer.
 */
export function unclippedReach(
  reference: ReferenceNetwork,
  layer: number,
  axis: number,
  unit: number,
): [number, number] {
  let positions = new Set([unit]);
  for (let below = layer; below >= 1; below -= 1) {
    const window = reference.layers[below - 1].axes?.[axis];
    if (!window) throw new Error('unclippedReach is for sliding-window chains only');
    const next = new Set<number>();
    for (const position of positions) {
      for (let tap = 0; tap < window.kernel; tap += 1) {
        next.add(position * window.stride - window.padBefore + tap * window.dilation);
      }
    }
    positions = next;
  }
  return [Math.min(...positions), Math.max(...positions)];
}
