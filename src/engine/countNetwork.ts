import type { AxisWindow, ResolvedLayer } from './resolved';
import { resolveNetwork } from './resolveNetwork';

/** Sizes of one way of building a layer. All values are counts (not bytes). */
export interface CostCounts {
  /** Learnable weights (multiplicative parameters). */
  weights: number;
  /** Learnable biases: one per output channel, or per output unit and channel when unshared. */
  biases: number;
  /** weights + biases. */
  parameters: number;
  /** Multiply-adds for one example, taps on padding included, as frameworks compute them. */
  multiplyAdds: number;
  /** Stored (input unit, output unit) connections: the non-zeros of the layer's matrix. */
  connections: number;
}

/** Counts for one layer as built and for its dense and locally connected equivalents. */
export interface LayerCounts {
  asBuilt: CostCounts;
  /** The same layer as a full matrix multiplication (every input to every output). */
  dense: CostCounts;
  /** The same geometry with a separate kernel at every output position (the dense layer itself for dense). */
  locallyConnected: CostCounts;
}

/** Counts for every layer (index 0 = the input, all zero) and summed over the network. */
export interface NetworkCounts {
  layers: LayerCounts[];
  total: LayerCounts;
}

const ZERO: CostCounts = { weights: 0, biases: 0, parameters: 0, multiplyAdds: 0, connections: 0 };

function product(values: readonly number[]): number {
  return values.reduce((result, value) => result * value, 1);
}

function costs(weights: number, biases: number, multiplyAdds: number, connections: number): CostCounts {
  return { weights, biases, parameters: weights + biases, multiplyAdds, connections };
}

/** Number of in-bounds taps summed over all outputs of one axis. */
function axisConnections(axis: AxisWindow): number {
  let count = 0;
  for (let output = 0; output < axis.outputSize; output += 1) {
    const start = output * axis.stride - axis.padBefore;
    for (let tap = 0; tap < axis.kernel; tap += 1) {
      const input = start + tap * axis.dilation;
      if (input >= 0 && input < axis.inputSize) count += 1;
    }
  }
  return count;
}

function layerCounts(layer: ResolvedLayer): LayerCounts {
  const outputUnits = product(layer.size);
  const inputUnits = product(layer.inputSize);
  const fullWeights = inputUnits * layer.inputChannels * outputUnits * layer.channels;
  const dense = costs(fullWeights, outputUnits * layer.channels, fullWeights, fullWeights);
  if (layer.axes === null) return { asBuilt: dense, dense, locallyConnected: dense };
  const taps = product(layer.axes.map((axis) => axis.kernel));
  // A product over axes, because a tap is in bounds exactly when it is in bounds on every axis.
  const spatialConnections = product(layer.axes.map(axisConnections));
  // With groups, each output channel is connected to inputChannels / groups input channels only.
  const channelPairs = (layer.inputChannels / layer.groups) * layer.channels;
  const multiplyAdds = outputUnits * taps * channelPairs;
  const connections = spatialConnections * channelPairs;
  const locallyConnected = costs(
    outputUnits * taps * channelPairs,
    outputUnits * layer.channels,
    multiplyAdds,
    connections,
  );
  switch (layer.kind) {
    case 'conv':
      return {
        asBuilt: costs(taps * channelPairs, layer.channels, multiplyAdds, connections),
        dense,
        locallyConnected,
      };
    case 'tiled': {
      const kernels = product(layer.tiles ?? []);
      return {
        asBuilt: costs(kernels * taps * channelPairs, layer.channels, multiplyAdds, connections),
        dense,
        locallyConnected,
      };
    }
    case 'local':
      return { asBuilt: locallyConnected, dense, locallyConnected };
    case 'pool': {
      // Pooling works channel by channel and learns nothing.
      const pooled = costs(0, 0, outputUnits * taps * layer.channels, spatialConnections * layer.channels);
      return { asBuilt: pooled, dense, locallyConnected };
    }
    default:
      throw new Error(`Unhandled layer kind ${layer.kind}`);
  }
}

function sum(counts: CostCounts[]): CostCounts {
  return counts.reduce(
    (total, item) =>
      costs(
        total.weights + item.weights,
        total.biases + item.biases,
        total.multiplyAdds + item.multiplyAdds,
        total.connections + item.connections,
      ),
    ZERO,
  );
}

/**
 * Parameters, multiply-adds and stored connections for every layer of a network, as built and for
 * its dense and locally connected equivalents, channels included (`channels` default to 1).
 */
export function countNetwork(spec: unknown): NetworkCounts {
  const network = resolveNetwork(spec);
  const zeroLayer: LayerCounts = { asBuilt: ZERO, dense: ZERO, locallyConnected: ZERO };
  const layers = [zeroLayer, ...network.layers.map(layerCounts)];
  return {
    layers,
    total: {
      asBuilt: sum(layers.map((layer) => layer.asBuilt)),
      dense: sum(layers.map((layer) => layer.dense)),
      locallyConnected: sum(layers.map((layer) => layer.locallyConnected)),
    },
  };
}
