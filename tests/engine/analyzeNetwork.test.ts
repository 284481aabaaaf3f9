import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeNetwork, type NetworkSpec, NetworkSpecError } from '../../src/engine';
import {
  buildReferenceNetwork,
  positionOf,
  product,
  referenceReceptiveField,
} from './reference/bruteForceNetwork';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';

describe('analyzeNetwork', () => {
  test('the input layer has r = 1, S = 1, P = 0 on every axis', () => {
    expect(analyzeNetwork({ input: { size: [3, 4] }, layers: [] })).toEqual([
      { size: [3, 4], receptiveField: [1, 1], effectiveStride: [1, 1], effectivePadding: [0, 0] },
    ]);
  });

  test('hand-derived stacks: kernel, stride, dilation and padding per axis', () => {
    // Layer 1: k 3, s 2, p 1 → r = 3, S = 2, P = 1. Layer 2: k 3, d 2 (span 5), p 0 →
    // r = 3 + 4·2 = 11, S = 2, P = 1. Layer 3: pool k 2 (stride 2) → r = 11 + 1·2 = 13, S = 4, P = 1.
    // Sizes: 20 → floor((20 + 2 − 3)/2) + 1 = 10 → 10 − 5 + 1 = 6 → 3.
    const spec: NetworkSpec = {
      input: { size: 20 },
      layers: [
        { kind: 'conv', kernel: 3, stride: 2, padding: 1 },
        { kind: 'local', kernel: 3, dilation: 2 },
        { kind: 'pool', op: 'avg', kernel: 2 },
      ],
    };
    expect(
      analyzeNetwork(spec).map((layer) => [
        layer.size,
        layer.receptiveField,
        layer.effectiveStride,
        layer.effectivePadding,
      ]),
    ).toEqual([
      [[20], [1], [1], [0]],
      [[10], [3], [2], [1]],
      [[6], [11], [2], [1]],
      [[3], [13], [4], [1]],
    ]);
  });

  test("2D axes are independent, and 'same' padding counts only its before-padding", () => {
    // Rows: k 5 same s 1 → pad 2 before; r 5, S 1, P 2. Cols: k 1 s 3 valid → r 1, S 3, P 0.
    // Then k 3 same on both axes: rows r = 5 + 2·1 = 7, P = 2 + 1·1 = 3; cols r = 1 + 2·3 = 7,
    // P = 0 + 1·3 = 3 (cols in = ceil(9/3) = 3, same total = 2·1 + 3 − 3 = 2 → 1 before).
    // (Explicit padding [2, 0] is what 'same' gives on rows and 'valid' on cols here.)
    const spec: NetworkSpec = {
      input: { size: [8, 9] },
      layers: [
        { kind: 'conv', kernel: [5, 1], stride: [1, 3], padding: [2, 0] },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    expect(
      analyzeNetwork(spec).map((layer) => [
        layer.size,
        layer.receptiveField,
        layer.effectiveStride,
        layer.effectivePadding,
      ]),
    ).toEqual([
      [
        [8, 9],
        [1, 1],
        [1, 1],
        [0, 0],
      ],
      [
        [8, 3],
        [5, 1],
        [1, 3],
        [2, 0],
      ],
      [
        [8, 3],
        [7, 7],
        [1, 3],
        [3, 3],
      ],
    ]);
  });

  test('a dense layer sees the whole input: r = input extent, S = 0, P = 0, carried upward', () => {
    const spec: NetworkSpec = {
      input: { size: 6 },
      layers: [
        { kind: 'conv', kernel: 3 },
        { kind: 'dense', units: 4 },
        { kind: 'conv', kernel: 2, stride: 2 },
      ],
    };
    expect(analyzeNetwork(spec).slice(2)).toEqual([
      { size: [4], receptiveField: [6], effectiveStride: [0], effectivePadding: [0] },
      { size: [2], receptiveField: [6], effectiveStride: [0], effectivePadding: [0] },
    ]);
  });

  test('an invalid spec throws NetworkSpecError', () => {
    expect(() => analyzeNetwork({ input: { size: 2 }, layers: [{ kind: 'conv', kernel: 3 }] })).toThrow(
      NetworkSpecError,
    );
  });

  test('without dense layers, every unit’s exact field lies in [u·S − P, u·S − P + r − 1] and reaches both ends when unclipped', () => {
    let unclippedUnits = 0;
    fc.assert(
      fc.property(
        anyNetworkSpecArbitrary({ allowDense: false }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (spec, unitPicks) => {
          const reference = buildReferenceNetwork(spec);
          const geometry = analyzeNetwork(spec);
          expect(geometry.map((layer) => layer.size)).toEqual(reference.shapes);
          const inputShape = reference.shapes[0];
          for (let layer = 0; layer < reference.shapes.length; layer += 1) {
            const shape = reference.shapes[layer];
            const { receptiveField, effectiveStride, effectivePadding } = geometry[layer];
            for (const pick of unitPicks) {
              const unit = pick % product(shape);
              const position = positionOf(unit, shape);
              const field = referenceReceptiveField(reference, layer, unit)[0];
              // Project the exact field onto each axis.
              const covered = inputShape.map((extent) => new Array<boolean>(extent).fill(false));
              field.forEach((marked, index) => {
                if (marked)
                  positionOf(index, inputShape).forEach((value, axis) => {
                    covered[axis][value] = true;
                  });
              });
              const starts = position.map((u, axis) => u * effectiveStride[axis] - effectivePadding[axis]);
              const ends = starts.map((start, axis) => start + receptiveField[axis] - 1);
              const unclipped = inputShape.every(
                (extent, axis) => starts[axis] >= 0 && ends[axis] <= extent - 1,
              );
              if (unclipped) unclippedUnits += 1;
              inputShape.forEach((_, axis) => {
                const seen = covered[axis].flatMap((isCovered, value) => (isCovered ? [value] : []));
                for (const value of seen) {
                  expect(value).toBeGreaterThanOrEqual(starts[axis]);
                  expect(value).toBeLessThanOrEqual(ends[axis]);
                }
                if (unclipped) {
                  expect([Math.min(...seen), Math.max(...seen)]).toEqual([starts[axis], ends[axis]]);
                }
              });
            }
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    // The endpoint half of the property must actually have been exercised.
    expect(unclippedUnits).toBeGreaterThan(200);
  });
});
