/**
 * The plain-JSON description of a network: the same object is the URL state, the preset format and
 * the import/export format. Layer 0 is the input; `layers[i]` produces layer `i + 1`.
 */

/** A per-axis integer: one number for every axis, or `[height, width]` in 2D (`[n]` is allowed in 1D). */
export type AxisValue = number | readonly number[];

/** Explicit padding of one axis: the same number of units on both sides, or `[before, after]`. */
export type AxisPaddingSpec = number | readonly [number, number];

/**
 * Padding of a sliding-window layer: `'valid'` (none), `'same'` (TensorFlow's rule:
 * `out = ceil(in / stride)`, the odd unit of padding after), or explicit units: one number for
 * both sides of every axis, or one entry per axis, each a number or `[before, after]` (asymmetric,
 * as ONNX `pads` and causal convolutions use).
 */
export type PaddingSpec = 'valid' | 'same' | number | readonly AxisPaddingSpec[];

/** What every layer may carry besides its kind. */
export interface LayerNaming {
  /**
   * A name, unique in the network (letters, digits and `_ . / -`, at most 64 characters; not
   * `input`), e.g. the original model's `conv3_2` or `block2/unit_4/conv2`.
   */
  id?: string;
}

/** Geometry shared by every sliding-window layer; sizes are in units of the layer below. */
export interface WindowGeometrySpec {
  /** Kernel extent per axis, in taps (before dilation). */
  kernel: AxisValue;
  /** Step between neighbouring outputs, in input units; default 1 (pooling: the kernel). */
  stride?: AxisValue;
  /** Spacing between taps, in input units; default 1 (contiguous). */
  dilation?: AxisValue;
  /** Default `'valid'`. */
  padding?: PaddingSpec;
}

/** A convolutional layer (cross-correlation, one kernel shared by every position). */
export interface ConvLayerSpec extends WindowGeometrySpec, LayerNaming {
  kind: 'conv';
  /** Output channels (feature maps); default 1. Used for counting only. */
  channels?: number;
  /**
   * Channel groups; default 1. Each output channel sees only the input channels of its group, so
   * weights and multiply-adds divide by `groups`; a depthwise convolution (MobileNet) has
   * groups = input channels = output channels. Both channel counts must be multiples of it.
   */
  groups?: number;
}

/** A locally connected layer: conv geometry, a separate kernel at every output position. */
export interface LocalLayerSpec extends WindowGeometrySpec, LayerNaming {
  kind: 'local';
  /** Output channels; default 1. */
  channels?: number;
}

/** A tiled convolution: conv geometry, `tiles` kernels per axis used in rotation across outputs. */
export interface TiledLayerSpec extends WindowGeometrySpec, LayerNaming {
  kind: 'tiled';
  /** Number of distinct kernels per axis; output `o` uses kernel `o mod tiles` on that axis. */
  tiles: AxisValue;
  /** Output channels; default 1. */
  channels?: number;
}

/** A pooling layer over a window; it keeps the channel count. Stride defaults to the kernel. */
export interface WindowPoolLayerSpec extends WindowGeometrySpec, LayerNaming {
  kind: 'pool';
  op: 'max' | 'avg';
  global?: false;
}

/**
 * A global pooling layer: one window as large as its whole input, whatever the input's size, so its
 * output is one unit per axis (TF-Slim's `reduce_mean` over the spatial axes, PyTorch's
 * `AdaptiveAvgPool2d(1)`, ONNX `GlobalAveragePool`). It has no kernel, stride, dilation or padding.
 */
export interface GlobalPoolLayerSpec extends LayerNaming {
  kind: 'pool';
  op: 'max' | 'avg';
  global: true;
}

/** A pooling layer, over a window or global; it keeps the channel count. */
export type PoolLayerSpec = WindowPoolLayerSpec | GlobalPoolLayerSpec;

/** A fully connected layer: every output unit sees every input unit. */
export interface DenseLayerSpec extends LayerNaming {
  kind: 'dense';
  /** Output units: a number in a 1D network, `[height, width]` in a 2D one. */
  units: AxisValue;
  /** Output channels; default 1. */
  channels?: number;
}

/** One layer of a network. */
export type LayerSpec = ConvLayerSpec | LocalLayerSpec | TiledLayerSpec | PoolLayerSpec | DenseLayerSpec;

/** A layer with a window of its own: a kernel, and a stride, dilation and padding (defaults or set). */
export type WindowLayerSpec = ConvLayerSpec | LocalLayerSpec | TiledLayerSpec | WindowPoolLayerSpec;

/** Whether a layer slides a window of its own (not a dense layer, not a global pool). */
export function isWindowLayer(layer: LayerSpec): layer is WindowLayerSpec {
  return layer.kind !== 'dense' && !(layer.kind === 'pool' && layer.global === true);
}

/** The kinds of layer the engine understands. */
export type LayerKind = LayerSpec['kind'];

/** A whole network: an input of `size` units (1D) or `[height, width]` units (2D), then layers. */
export interface NetworkSpec {
  input: { size: AxisValue; channels?: number };
  layers: LayerSpec[];
}

/** A unit's position in its layer: an index in 1D, `[row, col]` in 2D. */
export type UnitPosition = number | readonly number[];
