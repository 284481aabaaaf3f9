import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type NetworkSpec, NetworkSpecError, traceReceptiveField } from '../../src/engine';
import { buildReferenceNetwork, product, referenceReceptiveField } from './reference/bruteForceNetwork';
import { anyNetworkSpecArbitrary, SEED, unitPosition } from './reference/networkArbitraries';

const bits = (masks: Uint8Array[]) => masks.map((mask) => Array.from(mask));

const sameConv5: NetworkSpec = { input: { size: 5 }, layers: [{ kind: 'conv', kernel: 3, padding: 'same' }] };

describe('traceReceptiveField', () => {
  test('fig 9.3: output s3 of a kernel-3 convolution sees x2, x3, x4 only', () => {
    // s3 is index 2; 'same' pads one unit each side, so it reads inputs 2−1 … 2+1.
    expect(bits(traceReceptiveField(sameConv5, 1, 2))).toEqual([
      [0, 1, 1, 1, 0],
      [0, 0, 1, 0, 0],
    ]);
  });

  test('fig 9.3: output s3 of a dense layer sees every input', () => {
    const dense: NetworkSpec = { input: { size: 5 }, layers: [{ kind: 'dense', units: 5 }] };
    expect(bits(traceReceptiveField(dense, 1, 2))).toEqual([
      [1, 1, 1, 1, 1],
      [0, 0, 1, 0, 0],
    ]);
  });

  test('fig 9.4: a unit two kernel-3 layers up sees all five inputs', () => {
    const spec: NetworkSpec = {
      input: { size: 5 },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    expect(bits(traceReceptiveField(spec, 2, 2))).toEqual([
      [1, 1, 1, 1, 1],
      [0, 1, 1, 1, 0],
      [0, 0, 1, 0, 0],
    ]);
  });

  test('the border cuts the field of an edge unit short', () => {
    // s1 (index 0) would read inputs −1, 0, 1; −1 is padding.
    expect(bits(traceReceptiveField(sameConv5, 1, 0))[0]).toEqual([1, 1, 0, 0, 0]);
  });

  test('dilation 2 leaves holes that stay through a second dilated layer', () => {
    // Input 9, k 3, d 2, valid: span 5, 5 outputs; output 0 reads 0, 2, 4. The second layer (5 → 1)
    // reads layer-1 units 0, 2, 4, which read inputs {0,2,4} ∪ {2,4,6} ∪ {4,6,8}: only even inputs.
    const spec: NetworkSpec = {
      input: { size: 9 },
      layers: [
        { kind: 'conv', kernel: 3, dilation: 2 },
        { kind: 'conv', kernel: 3, dilation: 2 },
      ],
    };
    expect(bits(traceReceptiveField(spec, 2, 0))).toEqual([
      [1, 0, 1, 0, 1, 0, 1, 0, 1],
      [1, 0, 1, 0, 1],
      [1],
    ]);
  });

  test('stride 2 makes neighbouring units see disjoint pairs', () => {
    // Input 7, k 2, s 2, valid: 3 outputs reading {0,1}, {2,3}, {4,5}.
    const spec: NetworkSpec = { input: { size: 7 }, layers: [{ kind: 'conv', kernel: 2, stride: 2 }] };
    expect(bits(traceReceptiveField(spec, 1, 1))[0]).toEqual([0, 0, 1, 1, 0, 0, 0]);
  });

  test('pooling widens the field of the layer above it', () => {
    // pool k 2 (stride 2) on 8 → 4; conv k 3 valid → 2. Conv unit 1 reads pool units 1, 2, 3, which
    // read inputs 2–3, 4–5, 6–7.
    const spec: NetworkSpec = {
      input: { size: 8 },
      layers: [
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'conv', kernel: 3 },
      ],
    };
    expect(bits(traceReceptiveField(spec, 2, 1))).toEqual([
      [0, 0, 1, 1, 1, 1, 1, 1],
      [0, 1, 1, 1],
      [0, 1],
    ]);
  });

  test('a unit that reads only padding has an empty field below it', () => {
    // Input 3, k 1, padding 1: 5 outputs; output 0 reads position −1, output 4 reads position 3.
    const spec: NetworkSpec = { input: { size: 3 }, layers: [{ kind: 'conv', kernel: 1, padding: 1 }] };
    expect(bits(traceReceptiveField(spec, 1, 0))[0]).toEqual([0, 0, 0]);
    expect(bits(traceReceptiveField(spec, 1, 4))[0]).toEqual([0, 0, 0]);
    expect(bits(traceReceptiveField(spec, 1, 2))[0]).toEqual([0, 1, 0]);
  });

  test('2D: a corner unit of a 3×3 same convolution sees a 2×2 corner block, row-major', () => {
    const spec: NetworkSpec = {
      input: { size: [4, 5] },
      layers: [{ kind: 'conv', kernel: 3, padding: 'same' }],
    };
    const masks = traceReceptiveField(spec, 1, [0, 0]);
    expect(Array.from(masks[0])).toEqual([1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(masks[1][0]).toBe(1);
    expect(masks[1].reduce((a, b) => a + b, 0)).toBe(1);
  });

  test('2D: per-axis stride and dilation give a field with holes on one axis only', () => {
    // Input 3×7, kernel [2, 3], dilation [1, 3], valid: span 2 × 7, output 2 × 1.
    // Unit (1, 0) reads rows 1–2, cols 0, 3, 6.
    const spec: NetworkSpec = {
      input: { size: [3, 7] },
      layers: [{ kind: 'conv', kernel: [2, 3], dilation: [1, 3] }],
    };
    const expected = new Array<number>(21).fill(0);
    for (const row of [1, 2]) for (const col of [0, 3, 6]) expected[row * 7 + col] = 1;
    expect(Array.from(traceReceptiveField(spec, 1, [1, 0])[0])).toEqual(expected);
  });

  test('the input layer’s own field is the unit itself, and layers above it are empty', () => {
    const masks = bits(traceReceptiveField(sameConv5, 0, 3));
    expect(masks).toEqual([
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  test('a unit that is not in the layer, or a layer that does not exist, throws NetworkSpecError', () => {
    const codeOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(NetworkSpecError);
        return (error as NetworkSpecError).issues[0].code;
      }
      return 'no error';
    };
    expect(codeOf(() => traceReceptiveField(sameConv5, 1, 5))).toBe('invalidUnit');
    expect(codeOf(() => traceReceptiveField(sameConv5, 1, -1))).toBe('invalidUnit');
    expect(codeOf(() => traceReceptiveField(sameConv5, 1, 1.5))).toBe('invalidUnit');
    expect(codeOf(() => traceReceptiveField(sameConv5, 1, [1, 1]))).toBe('invalidUnit');
    expect(codeOf(() => traceReceptiveField(sameConv5, 2, 0))).toBe('invalidUnit');
    expect(codeOf(() => traceReceptiveField({ input: { size: 0 }, layers: [] }, 0, 0))).toBe('outOfRange');
  });

  test('matches breadth-first search over the explicit connection graph on random 1D and 2D stacks', () => {
    fc.assert(
      fc.property(
        anyNetworkSpecArbitrary(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        (spec, layerPick, unitPicks) => {
          const reference = buildReferenceNetwork(spec);
          const top = reference.shapes.length - 1;
          for (const layer of [top, layerPick % reference.shapes.length]) {
            const shape = reference.shapes[layer];
            for (const pick of unitPicks) {
              const unit = pick % product(shape);
              const actual = traceReceptiveField(spec, layer, unitPosition(unit, shape));
              expect(actual.every((mask) => mask instanceof Uint8Array)).toBe(true);
              expect(bits(actual)).toEqual(bits(referenceReceptiveField(reference, layer, unit)));
            }
          }
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
  });
});
