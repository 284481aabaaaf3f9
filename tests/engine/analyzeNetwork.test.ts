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
import { alexNetV2, type RealNetwork, resNet50MainPath, vgg16 } from './reference/realNetworks';

/** [receptive field, effective stride, effective padding] of one end-point, square on both axes. */
type Published = [number, number, number];

function expectEndPoints(network: RealNetwork, published: Record<string, Published>) {
  const geometry = analyzeNetwork(network.spec);
  const actual = Object.fromEntries(
    Object.keys(published).map((name) => {
      const layer = geometry[network.endPoints[name]];
      return [name, [layer.receptiveField, layer.effectiveStride, layer.effectivePadding]];
    }),
  );
  const expected = Object.fromEntries(
    Object.entries(published).map(([name, [r, s, p]]) => [
      name,
      [
        [r, r],
        [s, s],
        [p, p],
      ],
    ]),
  );
  expect(actual).toEqual(expected);
  return geometry;
}

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

  test('AlexNet (TF-Slim alexnet_v2, 224×224) matches the published end-points, ending at r 195, S 32, P 64', () => {
    // Araujo et al., Distill 2019, and google-research/receptive_field RECEPTIVE_FIELD_TABLE.md.
    const geometry = expectEndPoints(alexNetV2(), {
      conv1: [11, 4, 0],
      pool1: [19, 8, 0],
      conv2: [51, 8, 16],
      conv3: [99, 16, 32],
      conv4: [131, 16, 48],
      conv5: [163, 16, 64],
      pool5: [195, 32, 64],
    });
    // 224 → floor((224 − 11)/4) + 1 = 54 → 26 → 26 → 12 → 12 → 12 → 12 → floor((12 − 3)/2) + 1 = 5.
    expect(geometry.map((layer) => layer.size[0])).toEqual([224, 54, 26, 26, 12, 12, 12, 12, 5]);
  });

  test('VGG-16 (TF-Slim vgg_16, 224×224) matches the published end-points, ending at r 212, S 32, P 90', () => {
    // Same table; r 212 is pool5, the last layer before the classifier (conv5_3 alone has r 196).
    const geometry = expectEndPoints(vgg16(), {
      conv1_1: [3, 1, 1],
      pool1: [6, 2, 2],
      conv2_1: [10, 2, 4],
      pool2: [16, 4, 6],
      conv3_1: [24, 4, 10],
      conv3_2: [32, 4, 14],
      pool3: [44, 8, 18],
      conv4_1: [60, 8, 26],
      conv4_2: [76, 8, 34],
      pool4: [100, 16, 42],
      conv5_1: [132, 16, 58],
      conv5_2: [164, 16, 74],
      // conv5_3 is not in the table: conv5_2 + 2·16 → r 196, P 74 + 16 = 90 (hand-derived).
      conv5_3: [196, 16, 90],
      pool5: [212, 32, 90],
    });
    expect(geometry[geometry.length - 1].size).toEqual([7, 7]);
  });

  test('ResNet-50 main path (TF-Slim resnet_v1_50, 224×224) matches the published blocks, ending at r 483, S 32, P 239', () => {
    // Same table: block1 35/8/15, block2 99/16/47, block3 291/32/143, block4 483/32/239.
    const geometry = expectEndPoints(resNet50MainPath(), {
      conv1: [7, 2, 3],
      block1: [35, 8, 15],
      block2: [99, 16, 47],
      block3: [291, 32, 143],
      block4: [483, 32, 239],
    });
    // 224 → 112 → 56 → 28 → 14 → 7 → 7 (blocks 1–3 halve, block 4 keeps).
    expect(geometry[geometry.length - 1].size).toEqual([7, 7]);
    expect(geometry).toHaveLength(51);
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
