/**
 * The brute-force reference is itself checked against hand-derived graphs, so that agreeing with it
 * means something.
 */
import { describe, expect, test } from 'vitest';
import type { NetworkSpec } from '../../src/engine';
import {
  buildReferenceNetwork,
  referenceInfluence,
  referenceReceptiveField,
  referenceWindowAxes,
} from './reference/bruteForceNetwork';

const bits = (mask: Uint8Array) => Array.from(mask);

describe('brute-force reference network', () => {
  test('1D kernel-3 same convolution: 5 outputs, border outputs read 2 inputs, 13 edges', () => {
    // same, stride 1, k 3: out = ceil(5/1) = 5, total pad = 4·1 + 3 − 5 = 2 → 1 before, 1 after.
    // Output o reads o−1, o, o+1 when inside [0, 4]: 2 + 3 + 3 + 3 + 2 = 13 edges.
    const network = buildReferenceNetwork({
      input: { size: 5 },
      layers: [{ kind: 'conv', kernel: 3, padding: 'same' }],
    });
    expect(network.shapes).toEqual([[5], [5]]);
    expect(network.layers[0].inputsOf).toEqual([
      [0, 1],
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [3, 4],
    ]);
    expect(network.layers[0].connections).toHaveLength(13);
    expect(network.layers[0].tapsVisited).toBe(15);
  });

  test('2D 2×2 valid convolution on 3×4: output (1, 2) reads a 2×2 block with taps 0…3', () => {
    // out = (3 − 2 + 1) × (4 − 2 + 1) = 2 × 3; output (1, 2) = index 5 reads rows 1–2, cols 2–3,
    // i.e. row-major inputs 1·4+2 = 6, 7, 2·4+2 = 10, 11.
    const network = buildReferenceNetwork({ input: { size: [3, 4] }, layers: [{ kind: 'conv', kernel: 2 }] });
    expect(network.shapes[1]).toEqual([2, 3]);
    const edges = network.layers[0].connections.filter((edge) => edge.output === 5);
    expect(edges).toEqual([
      { input: 6, output: 5, tap: 0 },
      { input: 7, output: 5, tap: 1 },
      { input: 10, output: 5, tap: 2 },
      { input: 11, output: 5, tap: 3 },
    ]);
    expect(network.layers[0].connections).toHaveLength(24);
  });

  test("TensorFlow 'same' with an odd total padding puts the extra unit after", () => {
    // in 7, k 4, s 2: out = ceil(7/2) = 4; total = 3·2 + 4 − 7 = 3 → 1 before, 2 after.
    const axes = referenceWindowAxes({ kind: 'conv', kernel: 4, stride: 2, padding: 'same' }, [7]);
    expect(axes).toEqual([
      { kernel: 4, stride: 2, dilation: 1, padBefore: 1, padAfter: 2, inputSize: 7, outputSize: 4 },
    ]);
  });

  test('pooling strides by its kernel when stride is omitted; a window that does not fit gives null', () => {
    // in 9, k 2, s 2: outputs start at 0, 2, 4, 6 (8 would need input 9) → 4.
    expect(referenceWindowAxes({ kind: 'pool', op: 'max', kernel: 2 }, [9])?.[0].outputSize).toBe(4);
    expect(referenceWindowAxes({ kind: 'conv', kernel: 3, dilation: 3 }, [6])).toBeNull();
  });

  test('a dense layer connects every input to every output', () => {
    const network = buildReferenceNetwork({ input: { size: 4 }, layers: [{ kind: 'dense', units: 3 }] });
    expect(network.layers[0].connections).toHaveLength(12);
    expect(network.layers[0].outputsOf[2]).toEqual([0, 1, 2]);
  });

  test('breadth-first search grows the field of a deep unit layer by layer (fig 9.4)', () => {
    const spec: NetworkSpec = {
      input: { size: 5 },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    const network = buildReferenceNetwork(spec);
    expect(referenceReceptiveField(network, 2, 2).map(bits)).toEqual([
      [1, 1, 1, 1, 1],
      [0, 1, 1, 1, 0],
      [0, 0, 1, 0, 0],
    ]);
    expect(referenceInfluence(network, 0, 0).map(bits)).toEqual([
      [1, 0, 0, 0, 0],
      [1, 1, 0, 0, 0],
      [1, 1, 1, 0, 0],
    ]);
  });
});
