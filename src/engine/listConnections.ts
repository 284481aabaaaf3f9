import { forEachTap } from './forEachTap';
import { resolveNetwork } from './resolveNetwork';
import { NetworkSpecError } from './specIssue';

/**
 * Every connection of one layer as parallel arrays: edge e joins unit `inputs[e]` of the layer below
 * (row-major) to unit `outputs[e]` of this layer, using learnable weight `weights[e]` (−1 for pooling).
 * Weight ids: conv = tap; tiled = tile · taps + tap; local = output · taps + tap; dense = output · inputs + input.
 */
export interface LayerConnections {
  inputs: Int32Array;
  outputs: Int32Array;
  weights: Int32Array;
}

/** Largest number of connections {@link listConnections} enumerates for one layer. */
export const MAX_LISTED_CONNECTIONS = 4_194_304;

/**
 * Lists the spatial connections (channels aside) of layer `layer` (1 … number of layers) of a network,
 * in output order; throws NetworkSpecError for a bad spec or layer, RangeError above the limit.
 */
export function listConnections(spec: unknown, layer: number): LayerConnections {
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
  const taps = axes ? axes.reduce((total, axis) => total * axis.kernel, 1) : inputUnits;
  const bound = outputUnits * taps;
  if (bound > MAX_LISTED_CONNECTIONS) {
    throw new RangeError(
      `Layer ${layer} has up to ${bound} connections; the limit for listing is ${MAX_LISTED_CONNECTIONS}.`,
    );
  }
  const inputs = new Int32Array(bound);
  const outputs = new Int32Array(bound);
  const weights = new Int32Array(bound);
  let count = 0;
  if (axes === null) {
    for (let output = 0; output < outputUnits; output += 1) {
      for (let input = 0; input < inputUnits; input += 1) {
        inputs[count] = input;
        outputs[count] = output;
        weights[count] = output * inputUnits + input;
        count += 1;
      }
    }
  } else {
    const tiles = resolved.tiles;
    const outputCols = axes.length === 2 ? axes[1].outputSize : 1;
    for (let output = 0; output < outputUnits; output += 1) {
      let kernelId = 0;
      if (resolved.kind === 'local') kernelId = output;
      if (resolved.kind === 'tiled' && tiles) {
        const row = axes.length === 2 ? Math.floor(output / outputCols) : 0;
        const col = axes.length === 2 ? output % outputCols : output;
        kernelId = axes.length === 2 ? (row % tiles[0]) * tiles[1] + (col % tiles[1]) : col % tiles[0];
      }
      forEachTap(axes, output, (inputIndex, tapIndex) => {
        inputs[count] = inputIndex;
        outputs[count] = output;
        weights[count] = resolved.kind === 'pool' ? -1 : kernelId * taps + tapIndex;
        count += 1;
      });
    }
  }
  return {
    inputs: inputs.slice(0, count),
    outputs: outputs.slice(0, count),
    weights: weights.slice(0, count),
  };
}
