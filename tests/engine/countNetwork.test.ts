import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CostCounts, countNetwork, type NetworkSpec, NetworkSpecError } from '../../src/engine';
import { buildReferenceNetwork, product, type ReferenceLayer } from './reference/bruteForceNetwork';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';

const counts = (weights: number, biases: number, multiplyAdds: number, connections: number): CostCounts => ({
  weights,
  biases,
  parameters: weights + biases,
  multiplyAdds,
  connections,
});

describe('countNetwork', () => {
  test('fig 9.6: a [1, 2] edge kernel on a 280×320 image stores 178,640 non-zeros against 8,003,072,000 dense entries', () => {
    // Output 280 × 319 = 89,320 units, each reading 2 inputs: 178,640 connections and multiply-adds
    // (the book's 267,960 flops count 2 multiplications + 1 addition per output: 3 × 89,320).
    // Dense: 89,600 inputs × 89,320 outputs = 8,003,072,000 entries and multiply-adds (the book's
    // 16,006,144,000 flops are one multiplication and one addition per entry, 2 × 8,003,072,000).
    const spec: NetworkSpec = { input: { size: [280, 320] }, layers: [{ kind: 'conv', kernel: [1, 2] }] };
    const layer = countNetwork(spec).layers[1];
    expect(layer.asBuilt).toEqual(counts(2, 1, 178_640, 178_640));
    expect(layer.dense).toEqual(counts(8_003_072_000, 89_320, 8_003_072_000, 8_003_072_000));
    expect(2 * layer.dense.multiplyAdds).toBe(16_006_144_000);
    expect(layer.locallyConnected).toEqual(counts(178_640, 89_320, 178_640, 178_640));
  });

  test('1D, m = n = 7, kernel 3: k weights shared, k×n locally connected, m×n dense', () => {
    // 'same' keeps n = 7 outputs. Taps: 7 × 3 = 21, of which 2 fall on padding (left of output 0,
    // right of output 6), so 19 stored connections; multiply-adds count all 21 taps.
    const spec: NetworkSpec = { input: { size: 7 }, layers: [{ kind: 'conv', kernel: 3, padding: 'same' }] };
    const layer = countNetwork(spec).layers[1];
    expect(layer.asBuilt).toEqual(counts(3, 1, 21, 19));
    expect(layer.locallyConnected).toEqual(counts(21, 7, 21, 19));
    expect(layer.dense).toEqual(counts(49, 7, 49, 49));
  });

  test('variable-size input: the conv layer keeps k weights, the dense equivalent grows as m×n', () => {
    const layerFor = (size: number) =>
      countNetwork({ input: { size }, layers: [{ kind: 'conv', kernel: 3, padding: 'same' }] }).layers[1];
    expect([layerFor(7).asBuilt.weights, layerFor(70).asBuilt.weights]).toEqual([3, 3]);
    expect([layerFor(7).dense.weights, layerFor(70).dense.weights]).toEqual([49, 4_900]);
  });

  test('channels multiply weights, multiply-adds and connections by input × output channels', () => {
    // 10×10×3 → 3×3 valid conv → 8×8×8. Weights 3·3·3·8 = 216, biases 8.
    // Multiply-adds = connections = 64 outputs × 9 taps × 3 × 8 = 13,824.
    // Dense: 300 inputs × 512 outputs = 153,600 weights, 512 biases.
    const spec: NetworkSpec = {
      input: { size: [10, 10], channels: 3 },
      layers: [{ kind: 'conv', kernel: 3, channels: 8 }],
    };
    const layer = countNetwork(spec).layers[1];
    expect(layer.asBuilt).toEqual(counts(216, 8, 13_824, 13_824));
    expect(layer.dense).toEqual(counts(153_600, 512, 153_600, 153_600));
    expect(layer.locallyConnected).toEqual(counts(13_824, 512, 13_824, 13_824));
  });

  test('pooling learns nothing and works channel by channel', () => {
    // 8×8×8, 2×2 pool → 4×4×8: 16 outputs × 4 taps × 8 channels = 512 connections.
    const spec: NetworkSpec = {
      input: { size: [8, 8], channels: 8 },
      layers: [{ kind: 'pool', op: 'max', kernel: 2 }],
    };
    expect(countNetwork(spec).layers[1].asBuilt).toEqual(counts(0, 0, 512, 512));
  });

  test('a tiled layer has tiles × k weights (per axis: product of tiles × taps × channels)', () => {
    // 1D: 2 kernels of 3 taps = 6 weights; 8 outputs × 3 taps = 24 connections.
    const oneD = countNetwork({ input: { size: 10 }, layers: [{ kind: 'tiled', kernel: 3, tiles: 2 }] })
      .layers[1];
    expect([oneD.asBuilt.weights, oneD.asBuilt.connections]).toEqual([6, 24]);
    // 2D: tiles 2 × 3 = 6 kernels of 3 × 3 taps, 2 → 4 channels: 6 · 9 · 8 = 432 weights.
    const twoD = countNetwork({
      input: { size: [6, 6], channels: 2 },
      layers: [{ kind: 'tiled', kernel: 3, tiles: [2, 3], channels: 4 }],
    }).layers[1];
    expect(twoD.asBuilt.weights).toBe(432);
  });

  test('a locally connected layer has one kernel per output position and one bias per output unit', () => {
    // 10 → 8 outputs of 3 taps each: 24 weights, 8 biases.
    const layer = countNetwork({ input: { size: 10 }, layers: [{ kind: 'local', kernel: 3 }] }).layers[1];
    expect(layer.asBuilt).toEqual(counts(24, 8, 24, 24));
    expect(layer.locallyConnected).toEqual(layer.asBuilt);
  });

  test('a dense layer is its own dense and locally connected equivalent', () => {
    // 6 inputs × 2 channels to 4 units × 3 channels: 144 weights, 12 biases.
    const spec: NetworkSpec = {
      input: { size: 6, channels: 2 },
      layers: [{ kind: 'dense', units: 4, channels: 3 }],
    };
    const layer = countNetwork(spec).layers[1];
    expect(layer.asBuilt).toEqual(counts(144, 12, 144, 144));
    expect(layer.dense).toEqual(layer.asBuilt);
    expect(layer.locallyConnected).toEqual(layer.asBuilt);
  });

  test('the input layer counts nothing and totals are sums over layers', () => {
    // conv k3 valid on 7 → 5: 3 weights + 1 bias, 15 MA/connections; dense 5 → 2: 10 + 2, 10.
    const result = countNetwork({
      input: { size: 7 },
      layers: [
        { kind: 'conv', kernel: 3 },
        { kind: 'dense', units: 2 },
      ],
    });
    expect(result.layers[0].asBuilt).toEqual(counts(0, 0, 0, 0));
    expect(result.total.asBuilt).toEqual(counts(13, 3, 25, 25));
  });

  test('an invalid spec throws NetworkSpecError', () => {
    expect(() => countNetwork({ input: { size: 3 }, layers: [{ kind: 'dense' }] })).toThrow(NetworkSpecError);
  });

  test('connections, multiply-adds and weights agree with the explicit connection list on random networks', () => {
    const expectedWeights = (
      layer: ReferenceLayer,
      outputUnits: number,
      taps: number,
      channelPairs: number,
    ) => {
      switch (layer.kind) {
        case 'conv':
          return taps * channelPairs;
        case 'local':
          return outputUnits * taps * channelPairs;
        case 'tiled':
          return product(layer.tiles ?? []) * taps * channelPairs;
        case 'pool':
          return 0;
        case 'dense':
          return product(layer.inputShape) * outputUnits * channelPairs;
      }
    };
    fc.assert(
      fc.property(anyNetworkSpecArbitrary(), (spec) => {
        const reference = buildReferenceNetwork(spec);
        const result = countNetwork(spec);
        expect(result.layers).toHaveLength(reference.shapes.length);
        reference.layers.forEach((layer, position) => {
          const { asBuilt, dense } = result.layers[position + 1];
          const outputUnits = product(layer.outputShape);
          const taps = layer.axes === null ? 0 : product(layer.axes.map((axis) => axis.kernel));
          // Pooling pairs channel c with channel c only; every other layer pairs all channels.
          const channelPairs = layer.kind === 'pool' ? layer.channels : layer.inputChannels * layer.channels;
          expect(asBuilt.connections).toBe(layer.connections.length * channelPairs);
          expect(asBuilt.multiplyAdds).toBe(layer.tapsVisited * channelPairs);
          expect(asBuilt.weights).toBe(expectedWeights(layer, outputUnits, taps, channelPairs));
          expect(asBuilt.parameters).toBe(asBuilt.weights + asBuilt.biases);
          const fullMatrix = product(layer.inputShape) * layer.inputChannels * outputUnits * layer.channels;
          expect([dense.weights, dense.connections, dense.multiplyAdds]).toEqual([
            fullMatrix,
            fullMatrix,
            fullMatrix,
          ]);
        });
        const summed = result.layers.reduce((total, layer) => total + layer.asBuilt.connections, 0);
        expect(result.total.asBuilt.connections).toBe(summed);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });
});
