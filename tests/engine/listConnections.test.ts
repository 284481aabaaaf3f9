import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type LayerConnections,
  listConnections,
  MAX_LISTED_CONNECTIONS,
  type NetworkSpec,
  NetworkSpecError,
} from '../../src/engine';
import {
  buildReferenceNetwork,
  positionOf,
  product,
  type ReferenceLayer,
  rowMajorIndex,
} from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';

/** Edges as [input, output, tap] triples, in the order listed. */
const triples = (connections: LayerConnections) =>
  Array.from(connections.inputs, (input, edge) => [input, connections.outputs[edge], connections.taps[edge]]);

const sorted = (edges: number[][]) => [...edges].sort((a, b) => a[1] - b[1] || a[0] - b[0] || a[2] - b[2]);

/** The kernel each output uses, from the definitions: shared, per tile, per output, or none. */
function expectedKernels(layer: ReferenceLayer): number[] {
  const outputs = product(layer.outputShape);
  return Array.from({ length: outputs }, (_, output) => {
    if (layer.kind === 'conv') return 0;
    if (layer.kind === 'pool') return -1;
    if (layer.kind === 'local' || layer.kind === 'dense') return output;
    // Tiled: kernel (position mod tiles) per axis, numbered row-major over the tiles grid.
    const tiles = layer.tiles ?? [];
    const position = positionOf(output, layer.outputShape);
    return rowMajorIndex(
      position.map((coordinate, axis) => coordinate % tiles[axis]),
      tiles,
    );
  });
}

/** The tap a true convolution reads at kernel offset `tap`: every axis of the kernel reversed. */
function flippedTap(tap: number, kernelShape: number[]): number {
  const offset = positionOf(tap, kernelShape);
  return rowMajorIndex(
    offset.map((value, axis) => kernelShape[axis] - 1 - value),
    kernelShape,
  );
}

function issueCode(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(NetworkSpecError);
    return (error as NetworkSpecError).issues[0].code;
  }
  return 'no error';
}

describe('listConnections', () => {
  const sameConv5: NetworkSpec = {
    input: { size: 5 },
    layers: [{ kind: 'conv', kernel: 3, padding: 'same' }],
  };

  test('fig 9.2: a kernel-3 same convolution on 5 units has 13 edges, tap j reading input o − 1 + j', () => {
    // Output 0 loses tap 0 (position −1), output 4 loses tap 2 (position 5).
    const connections = listConnections(sameConv5, 1);
    expect(triples(connections)).toEqual([
      [0, 0, 1],
      [1, 0, 2],
      [0, 1, 0],
      [1, 1, 1],
      [2, 1, 2],
      [1, 2, 0],
      [2, 2, 1],
      [3, 2, 2],
      [2, 3, 0],
      [3, 3, 1],
      [4, 3, 2],
      [3, 4, 0],
      [4, 4, 1],
    ]);
    expect(Array.from(connections.kernelOfOutput)).toEqual([0, 0, 0, 0, 0]);
    for (const array of [
      connections.inputs,
      connections.outputs,
      connections.taps,
      connections.kernelOfOutput,
    ]) {
      expect(array).toBeInstanceOf(Int32Array);
    }
    expect(connections).not.toHaveProperty('weights');
  });

  test('flipKernel numbers the taps as true convolution reads them: the valid part of x ∗ w', () => {
    // x = [1, 2, 4, 8], w = [1, 0, −1], valid (2 outputs). Cross-correlation Σ w[j]·x[o + j]:
    // 1 − 4 = −3 and 2 − 8 = −6. Convolution (x ∗ w)[n] = Σ x[m]·w[n − m] at n = 2, 3 (numpy's
    // convolve 'valid'): x0·w2 + x1·w1 + x2·w0 = −1 + 4 = 3 and x1·w2 + x3·w0 = −2 + 8 = 6.
    const spec: NetworkSpec = { input: { size: 4 }, layers: [{ kind: 'conv', kernel: 3 }] };
    const x = [1, 2, 4, 8];
    const w = [1, 0, -1];
    const apply = (connections: LayerConnections) => {
      const out = [0, 0];
      connections.inputs.forEach((input, edge) => {
        out[connections.outputs[edge]] += w[connections.taps[edge]] * x[input];
      });
      return out;
    };
    expect(apply(listConnections(spec, 1))).toEqual([-3, -6]);
    expect(apply(listConnections(spec, 1, { flipKernel: true }))).toEqual([3, 6]);
    expect(apply(listConnections(spec, 1, { flipKernel: false }))).toEqual([-3, -6]);
  });

  test('2D: taps are row-major over the kernel, and flipping reverses both axes', () => {
    // Input 2×3, kernel [2, 3] valid → one output reading all six inputs; tap (a, b) = a·3 + b reads
    // input (a, b). Flipped, tap (a, b) becomes (1 − a, 2 − b) = 5 − (a·3 + b).
    const spec: NetworkSpec = { input: { size: [2, 3] }, layers: [{ kind: 'conv', kernel: [2, 3] }] };
    expect(triples(listConnections(spec, 1))).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, 0, i]));
    expect(triples(listConnections(spec, 1, { flipKernel: true }))).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => [i, 0, 5 - i]),
    );
  });

  test('kernelOfOutput: tiled layers cycle their kernels per axis, (r mod t₁)·t₂ + (c mod t₂)', () => {
    // 1D: 8 → k3 valid → 6 outputs, tiles 2: 0, 1, 0, 1, 0, 1.
    const oneD = listConnections({ input: { size: 8 }, layers: [{ kind: 'tiled', kernel: 3, tiles: 2 }] }, 1);
    expect(Array.from(oneD.kernelOfOutput)).toEqual([0, 1, 0, 1, 0, 1]);
    // 2D: 4×6 → k [2, 3] valid → 3×4, tiles [2, 3].
    const twoD = listConnections(
      { input: { size: [4, 6] }, layers: [{ kind: 'tiled', kernel: [2, 3], tiles: [2, 3] }] },
      1,
    );
    expect(Array.from(twoD.kernelOfOutput)).toEqual([0, 1, 2, 0, 3, 4, 5, 3, 0, 1, 2, 0]);
  });

  test('kernelOfOutput: one kernel per output for local and dense, −1 for pooling, 0 for a grouped conv', () => {
    const spec: NetworkSpec = {
      input: { size: 6, channels: 4 },
      layers: [
        { kind: 'local', kernel: 2 },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'dense', units: 3, channels: 4 },
        { kind: 'conv', kernel: 2, channels: 2, groups: 2 },
      ],
    };
    // Sizes: 6 → 5 → 2 → 3 → 2.
    expect(Array.from(listConnections(spec, 1).kernelOfOutput)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(listConnections(spec, 2).kernelOfOutput)).toEqual([-1, -1]);
    expect(Array.from(listConnections(spec, 3).kernelOfOutput)).toEqual([0, 1, 2]);
    expect(Array.from(listConnections(spec, 4).kernelOfOutput)).toEqual([0, 0]);
  });

  test('a dense layer’s tap is the input index, and flipping leaves dense and pooling taps as they are', () => {
    const spec: NetworkSpec = {
      input: { size: 4 },
      layers: [
        { kind: 'pool', op: 'avg', kernel: 2, stride: 1 },
        { kind: 'dense', units: 2 },
      ],
    };
    // Pool: 4 → 3, output o reads o (tap 0) and o + 1 (tap 1).
    const pool = listConnections(spec, 1);
    expect(triples(pool)).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [1, 1, 0],
      [2, 1, 1],
      [2, 2, 0],
      [3, 2, 1],
    ]);
    expect(triples(listConnections(spec, 1, { flipKernel: true }))).toEqual(triples(pool));
    const dense = listConnections(spec, 2);
    expect(triples(dense)).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [2, 0, 2],
      [0, 1, 0],
      [1, 1, 1],
      [2, 1, 2],
    ]);
    expect(triples(listConnections(spec, 2, { flipKernel: true }))).toEqual(triples(dense));
  });

  test('a layer that does not exist throws NetworkSpecError invalidUnit', () => {
    expect(issueCode(() => listConnections(sameConv5, 0))).toBe('invalidUnit');
    expect(issueCode(() => listConnections(sameConv5, 2))).toBe('invalidUnit');
    expect(issueCode(() => listConnections(sameConv5, 1.5))).toBe('invalidUnit');
    expect(issueCode(() => listConnections({ input: { size: 5 }, layers: [{ kind: 'conv' }] }, 1))).toBe(
      'missingField',
    );
  });

  test('a layer with more possible edges than MAX_LISTED_CONNECTIONS throws RangeError', () => {
    // 2048 inputs × 2049 dense outputs = 4,196,352 > 4,194,304.
    expect(2048 * 2049).toBeGreaterThan(MAX_LISTED_CONNECTIONS);
    expect(() =>
      listConnections({ input: { size: 2048 }, layers: [{ kind: 'dense', units: 2049 }] }, 1),
    ).toThrow(RangeError);
  });

  test('matches the explicit connection list, taps and kernels included, on random 1D and 2D networks', () => {
    fc.assert(
      fc.property(fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()), (spec) => {
        const reference = buildReferenceNetwork(spec);
        reference.layers.forEach((layer, position) => {
          const connections = listConnections(spec, position + 1);
          const listed = triples(connections);
          const expected = layer.connections.map(({ input, output, tap }) => [input, output, tap]);
          expect(sorted(listed)).toEqual(sorted(expected));
          // Listed in output order.
          for (let edge = 1; edge < listed.length; edge += 1) {
            expect(connections.outputs[edge]).toBeGreaterThanOrEqual(connections.outputs[edge - 1]);
          }
          expect(Array.from(connections.kernelOfOutput)).toEqual(expectedKernels(layer));
        });
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  test('with flipKernel the connectivity is unchanged and every window-layer tap is reversed on every axis', () => {
    fc.assert(
      fc.property(fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()), (spec) => {
        const reference = buildReferenceNetwork(spec);
        reference.layers.forEach((layer, position) => {
          const flipped = listConnections(spec, position + 1, { flipKernel: true });
          const kernelShape = layer.axes?.map((axis) => axis.kernel) ?? null;
          const expected = layer.connections.map(({ input, output, tap }) => [
            input,
            output,
            kernelShape !== null && layer.kind !== 'pool' ? flippedTap(tap, kernelShape) : tap,
          ]);
          expect(sorted(triples(flipped))).toEqual(sorted(expected));
          expect(Array.from(flipped.kernelOfOutput)).toEqual(expectedKernels(layer));
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
