import type { ResolvedLayer, ResolvedNetwork } from './resolved';

/**
 * {@link backpropagate} for a network whose every connection in a layer carries the same weight
 * (`layerWeight`), far faster: such a gradient is a product of one vector per axis at every layer.
 * A window joins output (o₁, o₂) to input (i₁, i₂) exactly when each axis joins oₐ to iₐ, and a
 * dense layer joins all, so passing a product of per-axis vectors down a layer gives a product
 * again. Each axis is passed down on its own (O(n · k)) and the products are written out at the end.
 * Returns ∂y/∂(every unit) for unit `position` of layer `layer`, one array per layer (above: zero);
 * with `inputOnly`, only the input's array is written out (the others are empty).
 */
export function separableGradient(
  network: ResolvedNetwork,
  layer: number,
  position: readonly number[],
  layerWeight: (layer: ResolvedLayer) => number,
  inputOnly = false,
): Float64Array[] {
  const axes = network.dimensions;
  // vectors[l][a]: layer l's factor on axis a; the layer's weight is carried by axis 0's factor.
  const vectors: Float64Array[][] = network.sizes.map((size) =>
    size.map((extent) => new Float64Array(extent)),
  );
  for (let axis = 0; axis < axes; axis += 1) vectors[layer][axis][position[axis]] = 1;
  for (let above = layer; above > 0; above -= 1) {
    const resolved = network.layers[above - 1];
    const weight = layerWeight(resolved);
    for (let axis = 0; axis < axes; axis += 1) {
      const outputs = vectors[above][axis];
      const inputs = vectors[above - 1][axis];
      const scale = axis === 0 ? weight : 1;
      if (!resolved.axes) {
        let total = 0;
        for (let output = 0; output < outputs.length; output += 1) total += outputs[output];
        inputs.fill(total * scale);
        continue;
      }
      const { kernel, stride, dilation, padBefore, inputSize, outputSize } = resolved.axes[axis];
      for (let output = 0; output < outputSize; output += 1) {
        const gradient = outputs[output] * scale;
        if (gradient === 0) continue;
        const start = output * stride - padBefore;
        for (let tap = 0; tap < kernel; tap += 1) {
          const input = start + tap * dilation;
          if (input >= 0 && input < inputSize) inputs[input] += gradient;
        }
      }
    }
  }
  return network.sizes.map((size, at) => {
    const [first, second] = vectors[at];
    if (inputOnly && at > 0) return new Float64Array(0);
    if (at > layer) return new Float64Array(size.reduce((a, b) => a * b, 1));
    if (axes === 1) return first;
    const full = new Float64Array(first.length * second.length);
    for (let row = 0; row < first.length; row += 1) {
      const factor = first[row];
      if (factor === 0) continue;
      for (let col = 0; col < second.length; col += 1) full[row * second.length + col] = factor * second[col];
    }
    return full;
  });
}
