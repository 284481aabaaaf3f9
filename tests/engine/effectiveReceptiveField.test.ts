import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  countPaths,
  effectiveReceptiveField,
  fieldSpread,
  type NetworkSpec,
  resolveNetwork,
  traceReceptiveField,
} from '../../src/engine';
import { backpropagate } from '../../src/engine/backpropagate';
import { buildReferenceNetwork, product, type ReferenceNetwork } from './reference/bruteForceNetwork';
import { anyNetworkSpecArbitrary, SEED, unitPosition } from './reference/networkArbitraries';

/** n stacked k × k convolutions, stride 1, no padding, on an input a few pixels wider than their field. */
function stack(n: number, k: number): NetworkSpec {
  const side = n * (k - 1) + 5;
  return {
    input: { size: [side, side] },
    layers: Array.from({ length: n }, () => ({ kind: 'conv' as const, kernel: k })),
  };
}

/** Variance along one axis of a field taken as a distribution over the input (row-major, `side` wide). */
function axisVariance(field: Float64Array, side: number, axis: 0 | 1): number {
  let total = 0;
  let mean = 0;
  field.forEach((value, index) => {
    const at = axis === 0 ? Math.floor(index / side) : index % side;
    total += value;
    mean += value * at;
  });
  mean /= total;
  let variance = 0;
  field.forEach((value, index) => {
    const at = axis === 0 ? Math.floor(index / side) : index % side;
    variance += (value / total) * (at - mean) ** 2;
  });
  return variance;
}

/** A weight for every connection, varied and reproducible: a function of where the connection is. */
const weightOf = (layer: number, output: number, input: number, tap: number) =>
  Math.sin(1.7 * layer + 0.61 * output + 0.37 * input + 2.3 * tap + 0.2);

/**
 * The Jacobian of the whole network, ∂(top layer) / ∂(input), as the product of every layer's dense
 * matrix, multiplied from the input up, each built from the reference graph's explicit connections.
 */
function denseJacobian(network: ReferenceNetwork, layer: number): number[][] {
  const multiply = (left: number[][], right: number[][]) =>
    left.map((row) =>
      right[0].map((_, col) => row.reduce((sum, value, k) => sum + value * right[k][col], 0)),
    );
  let chain: number[][] = [];
  for (let at = 0; at < layer; at += 1) {
    const reference = network.layers[at];
    const matrix = Array.from({ length: product(network.shapes[at + 1]) }, () =>
      new Array<number>(product(network.shapes[at])).fill(0),
    );
    for (const { input, output, tap } of reference.connections)
      matrix[output][input] += weightOf(at + 1, output, input, reference.axes ? tap : 0);
    chain = at === 0 ? matrix : multiply(matrix, chain);
  }
  return chain;
}

describe('effectiveReceptiveField', () => {
  test('n stacked k × k convolutions with uniform weights: variance n(k² − 1)/12 on each axis', () => {
    for (const n of [1, 2, 3, 5, 8])
      for (const k of [2, 3, 5]) {
        const spec = stack(n, k);
        const side = n * (k - 1) + 5;
        const field = effectiveReceptiveField(spec, n, [2, 2]);
        const expected = (n * (k * k - 1)) / 12;
        expect(axisVariance(field, side, 0), `n = ${n}, k = ${k}`).toBeCloseTo(expected, 9);
        expect(axisVariance(field, side, 1), `n = ${n}, k = ${k}`).toBeCloseTo(expected, 9);
      }
  });

  test('with uniform weights it is the number of paths from each input, each pool of k taps counting 1/k', () => {
    fc.assert(
      fc.property(anyNetworkSpecArbitrary({ maxLayers: 4 }), fc.nat(), (spec, unitPick) => {
        const network = resolveNetwork(spec);
        const layer = spec.layers.length;
        const shape = network.sizes[layer];
        const index = unitPick % product(shape);
        // Passed down connection by connection, the general way, with each connection's weight.
        const [expected] = backpropagate(network, layer, index, (resolved) =>
          resolved.kind === 'pool' ? 1 / product((resolved.axes ?? []).map((axis) => axis.kernel)) : 1,
        );
        const field = effectiveReceptiveField(spec, layer, unitPosition(index, shape));
        expect(field.length).toBe(expected.length);
        field.forEach((value, at) => {
          expect(value).toBeCloseTo(expected[at], 9);
        });
        if (spec.layers.every((entry) => entry.kind !== 'pool'))
          expect(Array.from(field)).toEqual(
            Array.from(countPaths(spec, layer, unitPosition(index, shape))[0]),
          );
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('an average pool of k taps weighs each by 1/k: a 2-pool under a 2-tap conv', () => {
    const spec: NetworkSpec = {
      input: { size: 6 },
      layers: [
        { kind: 'pool', op: 'avg', kernel: 2 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    expect(Array.from(effectiveReceptiveField(spec, 2, 1))).toEqual([0, 0, 0.5, 0.5, 0.5, 0.5]);
  });

  test('the gradient passed down layer by layer equals the row of the product of every layer’s matrix', () => {
    fc.assert(
      fc.property(anyNetworkSpecArbitrary({ maxLayers: 4 }), fc.nat(), (spec, unitPick) => {
        const reference = buildReferenceNetwork(spec);
        const layer = reference.shapes.length - 1;
        const unit = unitPick % product(reference.shapes[layer]);
        const jacobian = denseJacobian(reference, layer);
        const [input] = backpropagate(resolveNetwork(spec), layer, unit, (resolved, output, inputUnit, tap) =>
          weightOf(resolved.index, output, inputUnit, tap),
        );
        const expected = layer === 0 ? [1] : jacobian[unit];
        expect(input.length).toBe(expected.length);
        input.forEach((value, index) => {
          expect(value).toBeCloseTo(expected[index], 9);
        });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('random weights: the same seed gives the same field, nonzero exactly on the receptive field, |N(0, 1)| on average', () => {
    const spec: NetworkSpec = {
      input: { size: [9, 9] },
      layers: [
        { kind: 'conv', kernel: 3, stride: 2 },
        { kind: 'conv', kernel: 2, dilation: 2 },
      ],
    };
    const options = { weights: 'random' as const, samples: 8, seed: 7 };
    const field = effectiveReceptiveField(spec, 2, [0, 0], options);
    expect(Array.from(effectiveReceptiveField(spec, 2, [0, 0], options))).toEqual(Array.from(field));
    expect(Array.from(effectiveReceptiveField(spec, 2, [0, 0], { ...options, seed: 8 }))).not.toEqual(
      Array.from(field),
    );
    const [inField] = traceReceptiveField(spec, 2, [0, 0]);
    expect(Array.from(field, (value) => (value > 0 ? 1 : 0))).toEqual(Array.from(inField));
    // One layer of one 3 × 3 kernel: each tap's |w| averaged over many draws tends to E|N(0, 1)| = √(2/π).
    const single: NetworkSpec = { input: { size: [3, 3] }, layers: [{ kind: 'conv', kernel: 3 }] };
    const averaged = effectiveReceptiveField(single, 1, [0, 0], {
      weights: 'random',
      samples: 20_000,
      seed: 3,
    });
    for (const value of averaged) expect(value).toBeCloseTo(Math.sqrt(2 / Math.PI), 1);
  });
});

describe('fieldSpread', () => {
  test('σ of n stacked k × k convolutions’ field is √(n(k² − 1)/12), centred on the unit’s field', () => {
    for (const [n, k] of [
      [1, 3],
      [4, 3],
      [6, 5],
    ]) {
      const side = n * (k - 1) + 5;
      const spread = fieldSpread(effectiveReceptiveField(stack(n, k), n, [2, 1]), [side, side]);
      const sigma = Math.sqrt((n * (k * k - 1)) / 12);
      expect(spread?.sigma[0]).toBeCloseTo(sigma, 9);
      expect(spread?.sigma[1]).toBeCloseTo(sigma, 9);
      // Unit (2, 1) sees rows 2 … 2 + n(k − 1), columns 1 … 1 + n(k − 1): centres at their middles.
      expect(spread?.centre).toEqual(
        [2 + (n * (k - 1)) / 2, 1 + (n * (k - 1)) / 2].map((value) => expect.closeTo(value, 9)),
      );
    }
  });

  test('one point has no spread; no weight has no spread at all; 1D works too', () => {
    expect(fieldSpread([0, 0, 5, 0], [2, 2])).toEqual({ centre: [1, 0], sigma: [0, 0] });
    expect(fieldSpread([0, 0, 0], [3])).toBeNull();
    // Weights 1, 1 at 0 and 2: mean 1, variance 1.
    expect(fieldSpread([1, 0, 1], [3])).toEqual({ centre: [1], sigma: [1] });
  });
});
