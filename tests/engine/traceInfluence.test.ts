import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type NetworkSpec, NetworkSpecError, traceInfluence } from '../../src/engine';
import { buildReferenceNetwork, product, referenceInfluence } from './reference/bruteForceNetwork';
import { anyNetworkSpecArbitrary, SEED, unitPosition } from './reference/networkArbitraries';

const bits = (masks: Uint8Array[]) => masks.map((mask) => Array.from(mask));

describe('traceInfluence', () => {
  test('fig 9.2: input x3 of a kernel-3 convolution reaches s2, s3, s4 only', () => {
    // x3 is index 2; output o reads o−1 … o+1, so outputs 1, 2, 3 read input 2.
    const spec: NetworkSpec = { input: { size: 5 }, layers: [{ kind: 'conv', kernel: 3, padding: 'same' }] };
    expect(bits(traceInfluence(spec, 0, 2))).toEqual([
      [0, 0, 1, 0, 0],
      [0, 1, 1, 1, 0],
    ]);
  });

  test('fig 9.2: input x3 of a dense layer reaches every output', () => {
    const spec: NetworkSpec = { input: { size: 5 }, layers: [{ kind: 'dense', units: 5 }] };
    expect(bits(traceInfluence(spec, 0, 2))).toEqual([
      [0, 0, 1, 0, 0],
      [1, 1, 1, 1, 1],
    ]);
  });

  test('influence widens by one unit on each side per kernel-3 layer and stops at the border', () => {
    // x1 (index 0) reaches s1, s2, then h1, h2, h3 through a second kernel-3 layer.
    const spec: NetworkSpec = {
      input: { size: 5 },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    expect(bits(traceInfluence(spec, 0, 0))).toEqual([
      [1, 0, 0, 0, 0],
      [1, 1, 0, 0, 0],
      [1, 1, 1, 0, 0],
    ]);
  });

  test('an input skipped by the stride reaches nothing above it', () => {
    // Input 7, k 2, s 2, valid: outputs read {0,1}, {2,3}, {4,5}; input 6 is read by none.
    const spec: NetworkSpec = {
      input: { size: 7 },
      layers: [
        { kind: 'conv', kernel: 2, stride: 2 },
        { kind: 'dense', units: 2 },
      ],
    };
    expect(bits(traceInfluence(spec, 0, 6))).toEqual([
      [0, 0, 0, 0, 0, 0, 1],
      [0, 0, 0],
      [0, 0],
    ]);
    expect(bits(traceInfluence(spec, 0, 3))).toEqual([
      [0, 0, 0, 1, 0, 0, 0],
      [0, 1, 0],
      [1, 1],
    ]);
  });

  test('dilation: an input reaches outputs one dilation apart', () => {
    // Input 9, k 3, d 2, valid: output o reads o, o+2, o+4; input 4 is read by outputs 0, 2, 4.
    const spec: NetworkSpec = { input: { size: 9 }, layers: [{ kind: 'conv', kernel: 3, dilation: 2 }] };
    expect(bits(traceInfluence(spec, 0, 4))[1]).toEqual([1, 0, 1, 0, 1]);
  });

  test('2D: a centre input of a 3×3 same convolution reaches a 3×3 block; layers below stay empty', () => {
    const spec: NetworkSpec = {
      input: { size: [4, 4] },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'pool', op: 'avg', kernel: 2 },
      ],
    };
    const masks = traceInfluence(spec, 1, [1, 2]);
    expect(Array.from(masks[0])).toEqual(new Array<number>(16).fill(0));
    const expectedLayer1 = new Array<number>(16).fill(0);
    expectedLayer1[1 * 4 + 2] = 1;
    expect(Array.from(masks[1])).toEqual(expectedLayer1);
    // Pool k 2 s 2 on 4×4 → 2×2; unit (1, 2) of layer 1 falls in pool window (0, 1).
    expect(Array.from(masks[2])).toEqual([0, 1, 0, 0]);
    const fromInput = traceInfluence(spec, 0, [1, 2]);
    const expectedBlock = new Array<number>(16).fill(0);
    for (const row of [0, 1, 2]) for (const col of [1, 2, 3]) expectedBlock[row * 4 + col] = 1;
    expect(Array.from(fromInput[1])).toEqual(expectedBlock);
  });

  test('a unit outside its layer throws NetworkSpecError', () => {
    const spec: NetworkSpec = { input: { size: [2, 3] }, layers: [{ kind: 'conv', kernel: 1 }] };
    expect(() => traceInfluence(spec, 0, [2, 0])).toThrow(NetworkSpecError);
    expect(() => traceInfluence(spec, 0, 1)).toThrow(NetworkSpecError);
    expect(() => traceInfluence(spec, -1, [0, 0])).toThrow(NetworkSpecError);
  });

  test('matches breadth-first search over the explicit connection graph on random 1D and 2D stacks', () => {
    fc.assert(
      fc.property(
        anyNetworkSpecArbitrary(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        (spec, layerPick, unitPicks) => {
          const reference = buildReferenceNetwork(spec);
          for (const layer of [0, layerPick % reference.shapes.length]) {
            const shape = reference.shapes[layer];
            for (const pick of unitPicks) {
              const unit = pick % product(shape);
              const actual = traceInfluence(spec, layer, unitPosition(unit, shape));
              expect(actual.every((mask) => mask instanceof Uint8Array)).toBe(true);
              expect(bits(actual)).toEqual(bits(referenceInfluence(reference, layer, unit)));
            }
          }
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
  });
});
