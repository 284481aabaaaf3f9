import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countPaths, type NetworkSpec, NetworkSpecError } from '../../src/engine';
import { buildReferenceNetwork, product, type ReferenceNetwork } from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED, unitPosition } from './reference/networkArbitraries';

/**
 * Paths from every unit of every layer to `unit` of `layer`, found by walking every path, one
 * explicit connection of the reference graph at a time, from the unit down: no sums, no memo, so it
 * is slow and obviously right (only for small networks).
 */
function enumeratePaths(network: ReferenceNetwork, layer: number, unit: number): number[][] {
  const counts = network.shapes.map((shape) => new Array<number>(product(shape)).fill(0));
  const walk = (at: number, index: number) => {
    counts[at][index] += 1;
    if (at === 0) return;
    for (const connection of network.layers[at - 1].connections)
      if (connection.output === index) walk(at - 1, connection.input);
  };
  walk(layer, unit);
  return counts;
}

describe('countPaths', () => {
  test('two 2-tap convolutions over 3 inputs: 1, 2, 1 paths (Pascal’s triangle); 2D counts are products', () => {
    const chain: NetworkSpec = {
      input: { size: 3 },
      layers: [
        { kind: 'conv', kernel: 2 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    expect(countPaths(chain, 2, 0).map((layer) => Array.from(layer))).toEqual([[1, 2, 1], [1, 1], [1]]);
    const square: NetworkSpec = {
      input: { size: [3, 3] },
      layers: [
        { kind: 'conv', kernel: 2 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    expect(Array.from(countPaths(square, 2, [0, 0])[0])).toEqual([1, 2, 1, 2, 4, 2, 1, 2, 1]);
    // A dense layer joins every input to every output: one path from each input per output unit.
    const dense: NetworkSpec = {
      input: { size: 4 },
      layers: [
        { kind: 'dense', units: 3 },
        { kind: 'dense', units: 1 },
      ],
    };
    expect(Array.from(countPaths(dense, 2, 0)[0])).toEqual([3, 3, 3, 3]);
  });

  test('every path counted: agrees with walking each path of the explicit connection graph', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyNetworkSpecArbitrary({ maxLayers: 4 }), anyExtendedNetworkSpecArbitrary()),
        fc.nat(),
        fc.nat(),
        (spec, layerPick, unitPick) => {
          const reference = buildReferenceNetwork(spec);
          const layer = layerPick % reference.shapes.length;
          const unit = unitPick % product(reference.shapes[layer]);
          const expected = enumeratePaths(reference, layer, unit);
          // Too many paths to walk one by one: the case says nothing new.
          fc.pre(expected[0].reduce((a, b) => a + b, 0) < 200_000);
          const counts = countPaths(spec, layer, unitPosition(unit, reference.shapes[layer]));
          expect(counts.map((mask) => Array.from(mask))).toEqual(expected);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('past 2⁵³ the counts stay finite and keep their ratios', () => {
    // 30 layers of 9 taps: 9³⁰ ≈ 4.2 × 10²⁸ paths from the input's middle unit to the one on top.
    const deep: NetworkSpec = {
      input: { size: 30 * 8 + 1 },
      layers: Array.from({ length: 30 }, () => ({ kind: 'conv' as const, kernel: 9 })),
    };
    const [input] = countPaths(deep, 30, 0);
    const total = input.reduce((a, b) => a + b, 0);
    expect(total / 9 ** 30).toBeCloseTo(1, 12);
    // The field is symmetric about its middle.
    expect(input[0]).toBe(1);
    expect(input[10] / input[input.length - 11]).toBeCloseTo(1, 12);
  });

  test('a layer or unit the network does not have is refused', () => {
    const spec: NetworkSpec = { input: { size: 4 }, layers: [{ kind: 'conv', kernel: 2 }] };
    expect(() => countPaths(spec, 2, 0)).toThrow(RangeError);
    expect(() => countPaths(spec, 1, 3)).toThrow(NetworkSpecError);
  });
});
