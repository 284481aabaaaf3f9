import { forEachTap } from './forEachTap';
import { resolveNetwork } from './resolveNetwork';
import { NetworkSpecError } from './specIssue';

/**
 * Every spatial connection of one layer as parallel arrays, edge e joining unit `inputs[e]` of the
 * layer below (row-major) to unit `outputs[e]` of this layer, and which weight it uses:
 * `taps[e]` is the kernel tap (row-major over the kernel; the input index for a dense layer) and
 * `kernelOfOutput[o]` the kernel output o uses (0 for conv; the tile for tiled; o itself for locally
 * connected and dense; −1 for pooling, which has no weights).
 */
export interface LayerConnections {
  inputs: Int32Array;
  outputs: Int32Array;
  taps: Int32Array;
  kernelOfOutput: Int32Array;
}

/** Options of {@link listConnections}. */
export interface ConnectionOptions {
  /**
   * Number taps as a true convolution uses them: the kernel flipped on every axis, so the tap read
   * at window offset j is k − 1 − j (row-major over all axes). Connectivity is unchanged.
   */
  flipKernel?: boolean;
}

/** Largest number of connections {@link listConnections} enumerates for one layer. */
export const MAX_LISTED_CONNECTIONS = 4_194_304;

/**
 * The kernel each output of a sliding-window layer uses: a tiled layer cycles its `tiles` kernels
 * along every axis (output (r, c) uses kernel (r mod t₁)·t₂ + (c mod t₂)); a locally connected
 * layer has one per output; a convolution shares kernel 0; pooling has none (−1).
 */
function outputKernels(kind: string, size: readonly number[], tiles: readonly number[] | null): Int32Array {
  const outputUnits = size.reduce((a, b) => a * b, 1);
  const kernels = new Int32Array(outputUnits);
  const cols = size.length === 2 ? size[1] : size[0];
  for (let output = 0; output < outputUnits; output += 1) {
    if (kind === 'pool') kernels[output] = -1;
    else if (kind === 'local' || kind === 'dense') kernels[output] = output;
    else if (kind === 'tiled' && tiles) {
      const row = size.length === 2 ? Math.floor(output / cols) : 0;
      const col = output % cols;
      kernels[output] = size.length === 2 ? (row % tiles[0]) * tiles[1] + (col % tiles[1]) : col % tiles[0];
    }
  }
  return kernels;
}

/**
 * Lists the spatial connections (channels aside) of layer `layer` (1 … number of layers) of a network
 * (a spec, or a network already resolved), in output order; throws NetworkSpecError for a bad spec or
 * layer, RangeError above {@link MAX_LISTED_CONNECTIONS}.
 */
export function listConnections(
  spec: unknown,
  layer: number,
  options: ConnectionOptions = {},
): LayerConnections {
  const network = resolveNetwork(spec);
  if (!Number.isInteger(layer) || layer < 1 || layer > network.layers.length) {
    throw new NetworkSpecError([
      {
        path: 'layer',
        layer: null,
        code: 'invalidUnit',
        values: { layer: String(layer), count: network.layers.length },
        message: `Connections exist for layers 1…${network.layers.length}; ${layer} is not one of them.`,
      },
    ]);
  }
  const resolved = network.layers[layer - 1];
  const inputUnits = resolved.inputSize.reduce((a, b) => a * b, 1);
  const outputUnits = resolved.size.reduce((a, b) => a * b, 1);
  const axes = resolved.axes;
  const kernelTaps = axes ? axes.reduce((total, axis) => total * axis.kernel, 1) : inputUnits;
  const bound = outputUnits * kernelTaps;
  if (bound > MAX_LISTED_CONNECTIONS) {
    throw new RangeError(
      `Layer ${layer} has up to ${bound} connections; the limit for listing is ${MAX_LISTED_CONNECTIONS}.`,
    );
  }
  const inputs = new Int32Array(bound);
  const outputs = new Int32Array(bound);
  const taps = new Int32Array(bound);
  let count = 0;
  if (axes === null) {
    for (let output = 0; output < outputUnits; output += 1) {
      for (let input = 0; input < inputUnits; input += 1) {
        inputs[count] = input;
        outputs[count] = output;
        taps[count] = input;
        count += 1;
      }
    }
  } else {
    const flip = options.flipKernel === true && resolved.kind !== 'pool';
    for (let output = 0; output < outputUnits; output += 1) {
      forEachTap(axes, output, (inputIndex, tapIndex) => {
        inputs[count] = inputIndex;
        outputs[count] = output;
        // Flipping every axis of a row-major kernel reverses its tap order.
        taps[count] = flip ? kernelTaps - 1 - tapIndex : tapIndex;
        count += 1;
      });
    }
  }
  return {
    inputs: inputs.slice(0, count),
    outputs: outputs.slice(0, count),
    taps: taps.slice(0, count),
    kernelOfOutput: outputKernels(resolved.kind, resolved.size, resolved.tiles),
  };
}
