import type { NetworkSpec } from '../../engine';

/**
 * The stack of dilated causal convolutions in WaveNet's figure 3 (van den Oord et al. 2016,
 * arXiv:1609.03499, §2.1): kernel 2, dilations 1, 2, 4, 8, each layer padded on the left only
 * (d · (k − 1) units) so no output sees the future and every layer keeps the input's length.
 * Its output sees 16 inputs; the paper's blocks double the dilation up to 512 for a field of 1,024.
 */
export function wavenetStack(layers: number, inputLength: number): NetworkSpec {
  return {
    input: { size: inputLength },
    layers: Array.from({ length: layers }, (_, layer) => ({
      id: `dilation${2 ** layer}`,
      kind: 'conv' as const,
      kernel: 2,
      dilation: 2 ** layer,
      padding: [[2 ** layer, 0]] as const,
    })),
  };
}

/** WaveNet's figure 3: four causal layers with dilations 1, 2, 4, 8 over 16 samples. */
export const WAVENET: NetworkSpec = wavenetStack(4, 16);
