import { resolveNetwork } from './resolveNetwork';
import { dilatedKernelSpan } from './windowOutputSize';

/** Analytic geometry of one layer, one number per axis (`[n]` in 1D, `[height, width]` in 2D). */
export interface LayerGeometry {
  /** Extent of the layer, in units. */
  size: number[];
  /** Receptive-field extent r on the input, in input units (padding included). */
  receptiveField: number[];
  /** Effective stride S: input units between neighbouring units of this layer. */
  effectiveStride: number[];
  /** Effective padding P: unit u sees input positions u·S − P … u·S − P + r − 1. */
  effectivePadding: number[];
}

/**
 * Receptive-field size, effective stride and effective padding of every layer (index 0 = the input),
 * by the recurrences of Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural
 * Networks", Distill 2019: r_l = r_{l−1} + (k'_l − 1)·S_{l−1}, S_l = S_{l−1}·s_l,
 * P_l = P_{l−1} + p_l·S_{l−1}, with k' = d·(k − 1) + 1 the dilated kernel span. A dense layer sees
 * the whole input: r = input extent, S = 0, P = 0, which the same recurrences carry upward.
 */
export function analyzeNetwork(spec: unknown): LayerGeometry[] {
  const network = resolveNetwork(spec);
  const inputSize = network.sizes[0];
  const geometry: LayerGeometry[] = [
    {
      size: [...inputSize],
      receptiveField: inputSize.map(() => 1),
      effectiveStride: inputSize.map(() => 1),
      effectivePadding: inputSize.map(() => 0),
    },
  ];
  for (const layer of network.layers) {
    const previous = geometry[geometry.length - 1];
    if (layer.axes === null) {
      geometry.push({
        size: [...layer.size],
        receptiveField: [...inputSize],
        effectiveStride: inputSize.map(() => 0),
        effectivePadding: inputSize.map(() => 0),
      });
      continue;
    }
    const axes = layer.axes;
    geometry.push({
      size: [...layer.size],
      receptiveField: axes.map(
        (axis, index) =>
          previous.receptiveField[index] +
          (dilatedKernelSpan(axis.kernel, axis.dilation) - 1) * previous.effectiveStride[index],
      ),
      effectiveStride: axes.map((axis, index) => previous.effectiveStride[index] * axis.stride),
      effectivePadding: axes.map(
        (axis, index) => previous.effectivePadding[index] + axis.padBefore * previous.effectiveStride[index],
      ),
    });
  }
  return geometry;
}
