import type { LayerKind, LayerSpec } from './spec';

/** One axis of a sliding window, all values resolved to integers in units of the layer below. */
export interface AxisWindow {
  kernel: number;
  stride: number;
  dilation: number;
  /** Padding units added before the first input unit. */
  padBefore: number;
  /** Padding units added after the last input unit. */
  padAfter: number;
  /** Input extent on this axis, in units. */
  inputSize: number;
  /** Output extent on this axis, in units. */
  outputSize: number;
}

/** A validated layer with every default filled in. */
export interface ResolvedLayer {
  /** Index of the layer this one produces (1 for `layers[0]`). */
  index: number;
  /** The layer's name from the spec, or null. */
  id: string | null;
  kind: LayerKind;
  spec: LayerSpec;
  /** Input extent per axis. */
  inputSize: number[];
  /** Output extent per axis. */
  size: number[];
  inputChannels: number;
  channels: number;
  /** Channel groups of a convolution (1 for every other kind): each output channel sees inputChannels / groups inputs. */
  groups: number;
  /** Window per axis for sliding-window layers; `null` for dense layers. */
  axes: AxisWindow[] | null;
  /** Kernels per axis for tiled layers (1 per axis for conv, `null` otherwise). */
  tiles: number[] | null;
}

/** A validated network: sizes and channels for every layer, index 0 = the input. */
export interface ResolvedNetwork {
  dimensions: 1 | 2;
  /** Extent per axis of every layer, index 0 = the input. */
  sizes: number[][];
  /** Channel count of every layer, index 0 = the input. */
  channels: number[];
  layers: ResolvedLayer[];
}

/** Networks that came out of validation, so engine functions handed one need not validate it again. */
const RESOLVED = new WeakSet<object>();

/** Records a network as validated; returns it. Only the validator calls this. */
export function markResolved(network: ResolvedNetwork): ResolvedNetwork {
  RESOLVED.add(network);
  return network;
}

/** True for a network returned by the validator (in this realm; a copy sent through postMessage is not). */
export function isResolvedNetwork(value: unknown): value is ResolvedNetwork {
  return typeof value === 'object' && value !== null && RESOLVED.has(value);
}
