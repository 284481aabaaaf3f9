import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  analyzeNetwork,
  type CostCounts,
  countNetwork,
  listConnections,
  type NetworkSpec,
  type SpecIssueCode,
  traceField,
  validateNetwork,
} from '../../src/engine';
import { buildReferenceNetwork, product } from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { SEED } from './reference/networkArbitraries';

const counts = (weights: number, biases: number, multiplyAdds: number, connections: number): CostCounts => ({
  weights,
  biases,
  parameters: weights + biases,
  multiplyAdds,
  connections,
});

/** [path, layer, code] of every issue, in order. */
function issuesOf(spec: unknown): [string, number | null, SpecIssueCode][] {
  const result = validateNetwork(spec);
  if (result.ok) return [];
  return result.issues.map((issue) => [issue.path, issue.layer, issue.code]);
}

function resolved(spec: unknown) {
  const result = validateNetwork(spec);
  if (!result.ok) throw new Error(`expected a valid spec, got ${JSON.stringify(result.issues)}`);
  return result.network;
}

/** A 3×3 'same' convolution on an 8×8 map of 32 channels, `groups` groups, `channels` outputs. */
const conv3x3On32 = (groups: number, channels = 32): NetworkSpec => ({
  input: { size: [8, 8], channels: 32 },
  layers: [{ kind: 'conv', kernel: 3, padding: 'same', channels, groups }],
});

describe('convolution groups: counts', () => {
  test('a depthwise 3×3 convolution on 32 channels has 9 weights per channel', () => {
    // groups = 32: each output channel reads 32/32 = 1 input channel. Weights 9·1·32 = 288, biases 32.
    // Multiply-adds: 64 outputs × 9 taps × 1 × 32 = 18,432. Connections: 'same' on 8 pads one unit each
    // side, so per axis 8·3 − 2 = 22 taps land on input, 22² = 484 spatial edges, × 32 = 15,488.
    // Dense equivalent (groups play no part): 64·32 = 2,048 inputs × 2,048 outputs = 4,194,304.
    // Locally connected, same grouping: 64 positions × 9 × 32 = 18,432 weights, 64·32 = 2,048 biases.
    const layer = countNetwork(conv3x3On32(32)).layers[1];
    expect(layer.asBuilt).toEqual(counts(288, 32, 18_432, 15_488));
    expect(layer.dense).toEqual(counts(4_194_304, 2_048, 4_194_304, 4_194_304));
    expect(layer.locallyConnected).toEqual(counts(18_432, 2_048, 18_432, 15_488));
  });

  test('the same layer ungrouped has 32 times the weights, multiply-adds and connections', () => {
    // 9·32·32 = 9,216 weights; 64·9·32·32 = 589,824 multiply-adds; 484·32·32 = 495,616 connections.
    const layer = countNetwork(conv3x3On32(1)).layers[1];
    expect(layer.asBuilt).toEqual(counts(9_216, 32, 589_824, 495_616));
  });

  test('depthwise-separable: depthwise 3×3 plus pointwise 1×1 to 64 channels costs 1/64 + 1/9 of a full 3×3', () => {
    // Howard et al. 2017 (MobileNets), eq. 5: (D_K²·M + M·N) / (D_K²·M·N) = 1/N + 1/D_K².
    // Depthwise 288 weights + pointwise 32·64 = 2,048 → 2,336; a full 3×3 from 32 to 64 has 18,432.
    const separable = countNetwork({
      input: { size: [8, 8], channels: 32 },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same', channels: 32, groups: 32 },
        { kind: 'conv', kernel: 1, channels: 64 },
      ],
    });
    const full = countNetwork(conv3x3On32(1, 64));
    expect(separable.total.asBuilt.weights).toBe(2_336);
    expect(full.total.asBuilt.weights).toBe(18_432);
    expect(2_336 / 18_432).toBeCloseTo(1 / 64 + 1 / 9, 12);
  });

  test('a grouped convolution (ResNeXt-style): 8 → 4 channels in 2 groups', () => {
    // 7×7×8, 3×3 valid → 5×5×4, groups 2: each output channel reads 8/2 = 4 input channels.
    // Weights 9·4·4 = 144, biases 4; multiply-adds = connections (no padding) = 25·9·4·4 = 3,600.
    // Dense: 49·8 = 392 inputs × 25·4 = 100 outputs = 39,200.
    const layer = countNetwork({
      input: { size: [7, 7], channels: 8 },
      layers: [{ kind: 'conv', kernel: 3, channels: 4, groups: 2 }],
    }).layers[1];
    expect(layer.asBuilt).toEqual(counts(144, 4, 3_600, 3_600));
    expect(layer.dense).toEqual(counts(39_200, 100, 39_200, 39_200));
  });

  test('1D: 6 → 9 channels in 3 groups', () => {
    // 10 → k3 valid → 8 positions; each of 9 output channels reads 6/3 = 2 input channels.
    // Weights 3·2·9 = 54; multiply-adds = connections = 8·3·2·9 = 432.
    const layer = countNetwork({
      input: { size: 10, channels: 6 },
      layers: [{ kind: 'conv', kernel: 3, channels: 9, groups: 3 }],
    }).layers[1];
    expect(layer.asBuilt).toEqual(counts(54, 9, 432, 432));
  });

  test('explicit groups 1 counts like no groups at all', () => {
    const withGroups = countNetwork({
      input: { size: 9, channels: 3 },
      layers: [{ kind: 'conv', kernel: 2, channels: 5, groups: 1 }],
    });
    const without = countNetwork({
      input: { size: 9, channels: 3 },
      layers: [{ kind: 'conv', kernel: 2, channels: 5 }],
    });
    expect(withGroups).toEqual(without);
  });

  test('on random networks, conv weights are taps × inChannels/groups × outChannels, and edges scale the same way', () => {
    let grouped = 0;
    fc.assert(
      fc.property(anyExtendedNetworkSpecArbitrary(), (spec) => {
        const reference = buildReferenceNetwork(spec);
        const result = countNetwork(spec);
        reference.layers.forEach((layer, position) => {
          const layerSpec = spec.layers[position];
          if (layerSpec.kind !== 'conv' || layer.axes === null) return;
          const groups = layerSpec.groups ?? 1;
          if (groups > 1) grouped += 1;
          const taps = product(layer.axes.map((axis) => axis.kernel));
          const channelPairs = (layer.inputChannels / groups) * layer.channels;
          const { asBuilt } = result.layers[position + 1];
          expect(asBuilt.weights).toBe(taps * channelPairs);
          expect(asBuilt.biases).toBe(layer.channels);
          expect(asBuilt.multiplyAdds).toBe(layer.tapsVisited * channelPairs);
          expect(asBuilt.connections).toBe(layer.connections.length * channelPairs);
        });
      }),
      { seed: SEED, numRuns: 250 },
    );
    expect(grouped).toBeGreaterThan(20);
  });
});

describe('convolution groups: validation', () => {
  test('groups that divide both channel counts resolve; the default and every other kind is 1', () => {
    const network = resolved({
      input: { size: [6, 6], channels: 4 },
      layers: [
        { kind: 'conv', kernel: 1, channels: 6, groups: 2 },
        { kind: 'conv', kernel: 1, channels: 6 },
        { kind: 'local', kernel: 1 },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'dense', units: [1, 1] },
      ],
    });
    expect(network.layers.map((layer) => layer.groups)).toEqual([2, 1, 1, 1, 1]);
  });

  test('groups must divide the input channels: 3 groups of 4 inputs is groupsMismatch on that layer', () => {
    const result = validateNetwork({
      input: { size: 5, channels: 4 },
      layers: [{ kind: 'conv', kernel: 1, channels: 6, groups: 3 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.layer, issue.code])).toEqual([
      ['layers[0].groups', 1, 'groupsMismatch'],
    ]);
    expect(result.issues[0].values).toMatchObject({ groups: 3, inputChannels: 4, outputChannels: 6 });
  });

  test('groups must divide the output channels too, including the default of 1 output channel', () => {
    expect(
      issuesOf({
        input: { size: 5, channels: 4 },
        layers: [{ kind: 'conv', kernel: 1, channels: 2, groups: 4 }],
      }),
    ).toEqual([['layers[0].groups', 1, 'groupsMismatch']]);
    expect(
      issuesOf({ input: { size: 5, channels: 2 }, layers: [{ kind: 'conv', kernel: 1, groups: 2 }] }),
    ).toEqual([['layers[0].groups', 1, 'groupsMismatch']]);
  });

  test('the input channels of a deeper layer are the channels the layer below produces', () => {
    // Layer 1 makes 6 channels; a pool keeps 6; groups 4 on layer 3 does not divide 6.
    const spec = {
      input: { size: 12, channels: 1 },
      layers: [
        { kind: 'conv', kernel: 1, channels: 6 },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'conv', kernel: 1, channels: 12, groups: 4 },
      ],
    };
    expect(issuesOf(spec)).toEqual([['layers[2].groups', 3, 'groupsMismatch']]);
    expect(
      resolved({ ...spec, layers: [...spec.layers.slice(0, 2), { ...spec.layers[2], groups: 6 }] }).layers[2]
        .groups,
    ).toBe(6);
  });

  test.each([
    ['0', 0, 'outOfRange'],
    ['−2', -2, 'outOfRange'],
    ['1.5', 1.5, 'notAnInteger'],
    ['"2"', '2', 'notAnInteger'],
    ['null', null, 'notAnInteger'],
  ])('groups %s is %s on layers[0].groups', (_name, groups, code) => {
    expect(
      issuesOf({
        input: { size: 5, channels: 2 },
        layers: [{ kind: 'conv', kernel: 1, channels: 2, groups }],
      }),
    ).toEqual([['layers[0].groups', 1, code]]);
  });

  test.each([
    ['local', { kind: 'local', kernel: 1 }],
    ['tiled', { kind: 'tiled', kernel: 1, tiles: 1 }],
    ['pool', { kind: 'pool', op: 'max', kernel: 1 }],
    ['dense', { kind: 'dense', units: 2 }],
  ])('groups on a %s layer is an unknown field', (_kind, layer) => {
    expect(issuesOf({ input: { size: 4 }, layers: [{ ...layer, groups: 1 }] })).toEqual([
      ['layers[0].groups', 1, 'unknownField'],
    ]);
  });

  test('groups change no spatial connection: geometry, traces and edge lists are those of groups 1', () => {
    const grouped = conv3x3On32(8, 16);
    const plain = conv3x3On32(1, 16);
    expect(analyzeNetwork(grouped)).toEqual(analyzeNetwork(plain));
    expect(Array.from(traceField(grouped, 1, [0, 7])[0])).toEqual(
      Array.from(traceField(plain, 1, [0, 7])[0]),
    );
    expect(listConnections(grouped, 1)).toEqual(listConnections(plain, 1));
  });
});
