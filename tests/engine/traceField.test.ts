import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type NetworkSpec,
  NetworkSpecError,
  traceField,
  traceInfluence,
  traceReceptiveField,
} from '../../src/engine';
import {
  buildReferenceNetwork,
  product,
  type ReferenceNetwork,
  referenceInfluence,
  referenceReceptiveField,
} from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED, unitPosition } from './reference/networkArbitraries';

const bits = (masks: Uint8Array[]) => masks.map((mask) => Array.from(mask));

const twoSameConvs: NetworkSpec = {
  input: { size: 5 },
  layers: [
    { kind: 'conv', kernel: 3, padding: 'same' },
    { kind: 'conv', kernel: 3, padding: 'same' },
  ],
};

/** The masks the reference gives for one unit: field below, the unit itself, influence above. */
function referenceField(reference: ReferenceNetwork, layer: number, unit: number): number[][] {
  const below = referenceReceptiveField(reference, layer, unit);
  const above = referenceInfluence(reference, layer, unit);
  return reference.shapes.map((shape, index) => {
    if (index < layer) return Array.from(below[index]);
    if (index > layer) return Array.from(above[index]);
    const self = new Array<number>(product(shape)).fill(0);
    self[unit] = 1;
    return self;
  });
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

describe('traceField', () => {
  test('fig 9.4: a middle unit sees three inputs below and reaches three units above', () => {
    // Layer 1 unit 2 reads inputs 1, 2, 3 ('same' pads one each side); layer-2 units 1, 2, 3 read it.
    expect(bits(traceField(twoSameConvs, 1, 2))).toEqual([
      [0, 1, 1, 1, 0],
      [0, 0, 1, 0, 0],
      [0, 1, 1, 1, 0],
    ]);
  });

  test('on the input it is the influence alone, on the top layer the receptive field alone', () => {
    // Input 0 reaches layer-1 units 0, 1, then layer-2 units 0, 1, 2.
    expect(bits(traceField(twoSameConvs, 0, 0))).toEqual([
      [1, 0, 0, 0, 0],
      [1, 1, 0, 0, 0],
      [1, 1, 1, 0, 0],
    ]);
    // Top unit 4 reads layer-1 units 3, 4, which read inputs 2 … 4.
    expect(bits(traceField(twoSameConvs, 2, 4))).toEqual([
      [0, 0, 1, 1, 1],
      [0, 0, 0, 1, 1],
      [0, 0, 0, 0, 1],
    ]);
  });

  test('a dense layer above fills every unit it produces, and everything above that', () => {
    // 4 → conv k2 valid → 3 → dense 2 → conv k2 valid → 1. Layer-1 unit 0 reads inputs 0, 1; both
    // dense units read it; the last unit reads both dense units.
    const spec: NetworkSpec = {
      input: { size: 4 },
      layers: [
        { kind: 'conv', kernel: 2 },
        { kind: 'dense', units: 2 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    expect(bits(traceField(spec, 1, 0))).toEqual([[1, 1, 0, 0], [1, 0, 0], [1, 1], [1]]);
  });

  test('a unit that reads only padding has an empty field below and still an influence above', () => {
    // 3 → conv k1 padding 1 → 5 (unit 0 reads position −1) → conv k3 valid → 3; only layer-2 unit 0
    // reads layer-1 unit 0.
    const spec: NetworkSpec = {
      input: { size: 3 },
      layers: [
        { kind: 'conv', kernel: 1, padding: 1 },
        { kind: 'conv', kernel: 3 },
      ],
    };
    expect(bits(traceField(spec, 1, 0))).toEqual([
      [0, 0, 0],
      [1, 0, 0, 0, 0],
      [1, 0, 0],
    ]);
  });

  test('2D: a unit of a 3×3 same convolution sees a 3×3 block below and reaches a 3×3 block above', () => {
    // On 4×4, unit (1, 1) reads rows 0–2 × cols 0–2; the layer above (also 3×3 same) has units
    // (0…2, 0…2) reading it. Row-major masks of 16 units.
    const spec: NetworkSpec = {
      input: { size: [4, 4] },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    const block = [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0];
    const unit = new Array<number>(16).fill(0);
    unit[1 * 4 + 1] = 1;
    expect(bits(traceField(spec, 1, [1, 1]))).toEqual([block, unit, block]);
  });

  test('2D: dilation leaves holes in the field below, and the pool above has one unit reading it', () => {
    // Input 1×9, conv [1, 3] dilation [1, 2] valid → 1×5 (unit c reads cols c, c+2, c+4); then pool
    // [1, 2] stride [1, 2] → 1×2 (unit c reads layer-1 cols 2c, 2c+1). Layer-1 unit (0, 2) reads
    // input cols 2, 4, 6 and is read by pool unit 1.
    const spec: NetworkSpec = {
      input: { size: [1, 9] },
      layers: [
        { kind: 'conv', kernel: [1, 3], dilation: [1, 2] },
        { kind: 'pool', op: 'max', kernel: [1, 2] },
      ],
    };
    expect(bits(traceField(spec, 1, [0, 2]))).toEqual([
      [0, 0, 1, 0, 1, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 1],
    ]);
  });

  test('returns one fresh Uint8Array per layer, sized like the layer', () => {
    const masks = traceField(twoSameConvs, 1, 0);
    expect(masks).toHaveLength(3);
    for (const mask of masks) {
      expect(mask).toBeInstanceOf(Uint8Array);
      expect(mask).toHaveLength(5);
    }
    expect(new Set(masks).size).toBe(3);
  });

  test('a unit or layer that does not exist throws NetworkSpecError invalidUnit; a bad spec its own issue', () => {
    expect(issueCode(() => traceField(twoSameConvs, 1, 5))).toBe('invalidUnit');
    expect(issueCode(() => traceField(twoSameConvs, 1, -1))).toBe('invalidUnit');
    expect(issueCode(() => traceField(twoSameConvs, 1, [0, 0]))).toBe('invalidUnit');
    expect(issueCode(() => traceField(twoSameConvs, 3, 0))).toBe('invalidUnit');
    expect(issueCode(() => traceField(twoSameConvs, -1, 0))).toBe('invalidUnit');
    expect(issueCode(() => traceField(twoSameConvs, 0.5, 0))).toBe('invalidUnit');
    expect(issueCode(() => traceField({ input: { size: 4 }, layers: [{ kind: 'conv' }] }, 0, 0))).toBe(
      'missingField',
    );
  });

  test('matches breadth-first search down and up the explicit connection graph on random 1D and 2D networks', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        (spec, layerPick, unitPicks) => {
          const reference = buildReferenceNetwork(spec);
          const shapes = reference.shapes;
          // Always the input and the top layer (one direction only), plus one layer anywhere.
          for (const layer of [0, shapes.length - 1, layerPick % shapes.length]) {
            const shape = shapes[layer];
            for (const pick of unitPicks) {
              const unit = pick % product(shape);
              const actual = traceField(spec, layer, unitPosition(unit, shape));
              expect(bits(actual)).toEqual(referenceField(reference, layer, unit));
            }
          }
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
  });

  test('below the unit it agrees with traceReceptiveField, above it with traceInfluence', () => {
    fc.assert(
      fc.property(anyExtendedNetworkSpecArbitrary(), fc.nat(), fc.nat(), (spec, layerPick, unitPick) => {
        const shapes = buildReferenceNetwork(spec).shapes;
        const layer = layerPick % shapes.length;
        const unit = unitPosition(unitPick % product(shapes[layer]), shapes[layer]);
        const both = bits(traceField(spec, layer, unit));
        const down = bits(traceReceptiveField(spec, layer, unit));
        const up = bits(traceInfluence(spec, layer, unit));
        expect(both.slice(0, layer + 1)).toEqual(down.slice(0, layer + 1));
        expect(both.slice(layer)).toEqual(up.slice(layer));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
