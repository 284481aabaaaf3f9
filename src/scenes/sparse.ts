import type { NetworkSpec } from '../engine';
import type { MessageKey } from '../i18n';

/** The settings a learner can change in the sparse-interactions figure (figs. 9.2 and 9.3). */
export interface SparseFigureParams {
  /** m, the number of input units. */
  inputLength: number;
  /** k, the kernel width, in taps. */
  kernel: number;
  stride: number;
  dilation: number;
  /** `'valid'`, `'same'` (TensorFlow's rule) or units of zero padding on each side. */
  padding: 'valid' | 'same' | number;
}

/** The book's figure: five inputs, a kernel of width 3, outputs aligned with inputs. */
export const SPARSE_DEFAULTS: SparseFigureParams = {
  inputLength: 5,
  kernel: 3,
  stride: 1,
  dilation: 1,
  padding: 'same',
};

/** Inclusive bounds of each numeric setting (padding: the explicit number of units). */
export const SPARSE_LIMITS = {
  inputLength: { minimum: 1, maximum: 64 },
  kernel: { minimum: 1, maximum: 15 },
  stride: { minimum: 1, maximum: 8 },
  dilation: { minimum: 1, maximum: 8 },
  padding: { minimum: 0, maximum: 8 },
} as const;

/** The names the book gives the units of each layer: inputs x, outputs s. */
export const SPARSE_LAYER_LETTERS = ['x', 's'] as const;

/** Message ids for the figure's heading, caption and panels. */
export const SPARSE_TEXT = {
  heading: 'sparse.heading',
  caption: 'sparse.caption',
  note: 'sparse.crossCorrelation',
} as const satisfies Record<string, MessageKey>;

/** The convolutional network of the figure: one conv layer over a 1D input. */
export function sparseConvSpec(params: SparseFigureParams): NetworkSpec {
  return {
    input: { size: params.inputLength },
    layers: [
      {
        kind: 'conv',
        kernel: params.kernel,
        stride: params.stride,
        dilation: params.dilation,
        padding: params.padding,
      },
    ],
  };
}

/** The dense counterpart: the same inputs, as many outputs as the convolution has, all connected. */
export function sparseDenseSpec(params: SparseFigureParams, outputs: number): NetworkSpec {
  return { input: { size: params.inputLength }, layers: [{ kind: 'dense', units: outputs }] };
}
