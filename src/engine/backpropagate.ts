import { forEachTap } from './forEachTap';
import type { ResolvedLayer, ResolvedNetwork } from './resolved';

/**
 * The weight a connection carries from input unit `input` to output unit `output` of `layer`,
 * given the connection's tap (row-major over the kernel; 0 for a dense layer's connections).
 */
export type ConnectionWeight = (layer: ResolvedLayer, output: number, input: number, tap: number) => number;

/**
 * ∂y/∂x for one unit y (row-major `index` of layer `layer`) of a linear network whose connections
 * carry `weight`: for every layer at or below `layer`, the derivative of y by each of its units (one
 * channel per layer), computed by passing y's gradient down one layer at a time. Layers above
 * `layer` are all zero. With every weight 1 it counts the paths that join each unit to y.
 */
export function backpropagate(
  network: ResolvedNetwork,
  layer: number,
  index: number,
  weight: ConnectionWeight,
): Float64Array[] {
  const gradients = network.sizes.map((size) => new Float64Array(size.reduce((a, b) => a * b, 1)));
  gradients[layer][index] = 1;
  for (let above = layer; above > 0; above -= 1) {
    const resolved = network.layers[above - 1];
    const outputs = gradients[above];
    const inputs = gradients[above - 1];
    for (let output = 0; output < outputs.length; output += 1) {
      const gradient = outputs[output];
      if (gradient === 0) continue;
      if (resolved.axes) {
        forEachTap(resolved.axes, output, (input, tap) => {
          inputs[input] += gradient * weight(resolved, output, input, tap);
        });
      } else {
        for (let input = 0; input < inputs.length; input += 1)
          inputs[input] += gradient * weight(resolved, output, input, 0);
      }
    }
  }
  return gradients;
}
