/**
 * An independent brute-force model of a network spec, written from the spec's definitions only (no
 * engine code is imported, only types). Every layer is expanded into its explicit list of
 * (input unit, output unit, kernel tap) connections by visiting every output unit and every kernel
 * tap in full N-D (never axis by axis); receptive fields and influence sets are then found by
 * breadth-first search over that graph. It is slow on purpose: it must be obviously right.
 */
import type { AxisValue, LayerSpec, NetworkSpec, WindowLayerSpec } from '../../../src/engine';

/** One axis of a sliding window, every value resolved from the spec's definitions. */
export interface ReferenceAxis {
  kernel: number;
  stride: number;
  dilation: number;
  padBefore: number;
  padAfter: number;
  inputSize: number;
  outputSize: number;
}

/** One explicit edge of a layer: row-major input unit, row-major output unit, row-major kernel tap. */
export interface ReferenceConnection {
  input: number;
  output: number;
  tap: number;
}

/** One layer expanded into its explicit connection list. */
export interface ReferenceLayer {
  kind: LayerSpec['kind'];
  inputShape: number[];
  outputShape: number[];
  inputChannels: number;
  channels: number;
  /** Per-axis windows for sliding-window layers, null for dense layers. */
  axes: ReferenceAxis[] | null;
  /** Kernels per axis for tiled layers, null otherwise. */
  tiles: number[] | null;
  /** Every in-bounds (input, output, tap) triple (dense layers: tap = input). */
  connections: ReferenceConnection[];
  /** Kernel taps visited over all output units, taps that land on padding included. */
  tapsVisited: number;
  /** For each output unit, the input units it reads. */
  inputsOf: number[][];
  /** For each input unit, the output units that read it. */
  outputsOf: number[][];
}

/** A whole network expanded: shapes and channels per layer (index 0 = input) and every layer's edges. */
export interface ReferenceNetwork {
  dimensions: number;
  shapes: number[][];
  channels: number[];
  layers: ReferenceLayer[];
}

/** The product of a list of extents (1 for an empty list). */
export function product(values: readonly number[]): number {
  let result = 1;
  for (const value of values) result *= value;
  return result;
}

/** Expands a per-axis value (one number for every axis, or one per axis) to one number per axis. */
export function perAxis(value: AxisValue, dimensions: number): number[] {
  return typeof value === 'number' ? new Array<number>(dimensions).fill(value) : [...value];
}

/** Every coordinate tuple of a shape, in row-major (lexicographic) order. */
export function allPositions(shape: readonly number[]): number[][] {
  let positions: number[][] = [[]];
  for (const extent of shape) {
    const next: number[][] = [];
    for (const prefix of positions) {
      for (let value = 0; value < extent; value += 1) next.push([...prefix, value]);
    }
    positions = next;
  }
  return positions;
}

/** Row-major index of a coordinate tuple. */
export function rowMajorIndex(position: readonly number[], shape: readonly number[]): number {
  let index = 0;
  for (let axis = 0; axis < shape.length; axis += 1) index = index * shape[axis] + position[axis];
  return index;
}

/** Coordinate tuple of a row-major index. */
export function positionOf(index: number, shape: readonly number[]): number[] {
  const position = new Array<number>(shape.length).fill(0);
  let rest = index;
  for (let axis = shape.length - 1; axis >= 0; axis -= 1) {
    position[axis] = rest % shape[axis];
    rest = Math.floor(rest / shape[axis]);
  }
  return position;
}

/**
 * Counts the outputs of one axis by sliding the window one stride at a time until its last tap
 * would fall past the last padded position (no closed-form formula used).
 */
function countOutputs(
  inputSize: number,
  kernel: number,
  stride: number,
  dilation: number,
  padBefore: number,
  padAfter: number,
): number {
  let outputs = 0;
  while (outputs * stride - padBefore + (kernel - 1) * dilation <= inputSize - 1 + padAfter) outputs += 1;
  return outputs;
}

/**
 * Resolves one sliding-window layer's axes from its spec on an input of the given shape, or returns
 * null when the window does not fit on some axis. Defaults: stride 1 (pool: the kernel), dilation 1,
 * padding 'valid'. 'same' is TensorFlow's rule: out = ceil(in / stride), total padding
 * max((out − 1)·stride + dilation·(k − 1) + 1 − in, 0), floor half before, the rest after.
 */
export function referenceWindowAxes(
  spec: Exclude<LayerSpec, { kind: 'dense' }>,
  inputShape: readonly number[],
): ReferenceAxis[] | null {
  // A global pool is one window as large as its input: kernel = input extent, one output per axis.
  if (spec.kind === 'pool' && spec.global === true)
    return inputShape.map((inputSize) => ({
      kernel: inputSize,
      stride: inputSize,
      dilation: 1,
      padBefore: 0,
      padAfter: 0,
      inputSize,
      outputSize: 1,
    }));
  const layer = spec as WindowLayerSpec;
  const dimensions = inputShape.length;
  const kernel = perAxis(layer.kernel, dimensions);
  const stride =
    layer.stride === undefined
      ? layer.kind === 'pool'
        ? kernel
        : new Array<number>(dimensions).fill(1)
      : perAxis(layer.stride, dimensions);
  const dilation =
    layer.dilation === undefined
      ? new Array<number>(dimensions).fill(1)
      : perAxis(layer.dilation, dimensions);
  const padding = layer.padding ?? 'valid';
  const axes: ReferenceAxis[] = [];
  for (let axis = 0; axis < dimensions; axis += 1) {
    const inputSize = inputShape[axis];
    let padBefore = 0;
    let padAfter = 0;
    if (padding === 'same') {
      const out = Math.ceil(inputSize / stride[axis]);
      const total = Math.max(
        (out - 1) * stride[axis] + dilation[axis] * (kernel[axis] - 1) + 1 - inputSize,
        0,
      );
      padBefore = Math.floor(total / 2);
      padAfter = total - padBefore;
    } else if (padding !== 'valid') {
      // A number pads every side; per axis, a number pads both sides and a pair is [before, after].
      const entry = typeof padding === 'number' ? padding : padding[axis];
      [padBefore, padAfter] = typeof entry === 'number' ? [entry, entry] : [entry[0], entry[1]];
    }
    const outputSize = countOutputs(
      inputSize,
      kernel[axis],
      stride[axis],
      dilation[axis],
      padBefore,
      padAfter,
    );
    if (outputSize === 0) return null;
    axes.push({
      kernel: kernel[axis],
      stride: stride[axis],
      dilation: dilation[axis],
      padBefore,
      padAfter,
      inputSize,
      outputSize,
    });
  }
  return axes;
}

function buildLayer(layer: LayerSpec, inputShape: number[], inputChannels: number): ReferenceLayer {
  const inputUnits = product(inputShape);
  const connections: ReferenceConnection[] = [];
  let outputShape: number[];
  let axes: ReferenceAxis[] | null = null;
  let tapsVisited = 0;
  if (layer.kind === 'dense') {
    outputShape = perAxis(layer.units, inputShape.length);
    const outputUnits = product(outputShape);
    for (let output = 0; output < outputUnits; output += 1) {
      for (let input = 0; input < inputUnits; input += 1) connections.push({ input, output, tap: input });
    }
    tapsVisited = outputUnits * inputUnits;
  } else {
    axes = referenceWindowAxes(layer, inputShape);
    if (axes === null) throw new Error('reference: the window does not fit; generate valid specs only');
    const windows = axes;
    outputShape = windows.map((axis) => axis.outputSize);
    const kernelShape = windows.map((axis) => axis.kernel);
    const taps = allPositions(kernelShape);
    for (const outputPosition of allPositions(outputShape)) {
      const output = rowMajorIndex(outputPosition, outputShape);
      for (const tapPosition of taps) {
        tapsVisited += 1;
        const inputPosition = outputPosition.map(
          (coordinate, axis) =>
            coordinate * windows[axis].stride -
            windows[axis].padBefore +
            tapPosition[axis] * windows[axis].dilation,
        );
        const inside = inputPosition.every(
          (coordinate, axis) => coordinate >= 0 && coordinate < inputShape[axis],
        );
        if (inside) {
          connections.push({
            input: rowMajorIndex(inputPosition, inputShape),
            output,
            tap: rowMajorIndex(tapPosition, kernelShape),
          });
        }
      }
    }
  }
  const outputUnits = product(outputShape);
  const inputsOf: number[][] = Array.from({ length: outputUnits }, () => []);
  const outputsOf: number[][] = Array.from({ length: inputUnits }, () => []);
  for (const connection of connections) {
    inputsOf[connection.output].push(connection.input);
    outputsOf[connection.input].push(connection.output);
  }
  const channels = layer.kind === 'pool' ? inputChannels : (layer.channels ?? 1);
  return {
    kind: layer.kind,
    inputShape,
    outputShape,
    inputChannels,
    channels,
    axes,
    tiles: layer.kind === 'tiled' ? perAxis(layer.tiles, inputShape.length) : null,
    connections,
    tapsVisited,
    inputsOf,
    outputsOf,
  };
}

/** Expands a valid network spec into its explicit per-layer connection graph. */
export function buildReferenceNetwork(spec: NetworkSpec): ReferenceNetwork {
  const dimensions = Array.isArray(spec.input.size) ? spec.input.size.length : 1;
  const shapes: number[][] = [perAxis(spec.input.size, dimensions)];
  const channels: number[] = [spec.input.channels ?? 1];
  const layers: ReferenceLayer[] = [];
  for (const layerSpec of spec.layers) {
    const layer = buildLayer(layerSpec, shapes[shapes.length - 1], channels[channels.length - 1]);
    layers.push(layer);
    shapes.push(layer.outputShape);
    channels.push(layer.channels);
  }
  return { dimensions, shapes, channels, layers };
}

function emptyMasks(network: ReferenceNetwork): Uint8Array[] {
  return network.shapes.map((shape) => new Uint8Array(product(shape)));
}

/**
 * Breadth-first search from one unit over the layered graph, downward (toward the input) or upward.
 * Returns one row-major 0/1 mask per layer, index 0 = the input.
 */
function reachable(
  network: ReferenceNetwork,
  layer: number,
  unit: number,
  direction: 'down' | 'up',
): Uint8Array[] {
  const masks = emptyMasks(network);
  const queue: [number, number][] = [[layer, unit]];
  masks[layer][unit] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    const [nodeLayer, nodeUnit] = queue[head];
    const nextLayer = direction === 'down' ? nodeLayer - 1 : nodeLayer + 1;
    if (nextLayer < 0 || nextLayer >= network.shapes.length) continue;
    const neighbours =
      direction === 'down'
        ? network.layers[nodeLayer - 1].inputsOf[nodeUnit]
        : network.layers[nodeLayer].outputsOf[nodeUnit];
    for (const neighbour of neighbours) {
      if (masks[nextLayer][neighbour]) continue;
      masks[nextLayer][neighbour] = 1;
      queue.push([nextLayer, neighbour]);
    }
  }
  return masks;
}

/** Units of every layer from which the given unit (row-major index) can be reached. */
export function referenceReceptiveField(
  network: ReferenceNetwork,
  layer: number,
  unit: number,
): Uint8Array[] {
  return reachable(network, layer, unit, 'down');
}

/** Units of every layer reachable from the given unit (row-major index). */
export function referenceInfluence(network: ReferenceNetwork, layer: number, unit: number): Uint8Array[] {
  return reachable(network, layer, unit, 'up');
}
