import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  equivarianceCheck,
  type ImageTransform,
  imageEquivariance,
  imageTransformCommutes,
  type SignalTransform,
  signalTransformCommutes,
} from '../../src/engine';
import { EDGE_KERNELS, EQUIVARIANCE_KERNELS } from '../../src/scenes';

/** A random image in [0, 1): almost surely no accidental agreement between the two orders. */
function randomImage(height: number, width: number, seed: number): Float32Array {
  return Float32Array.from(
    fc.sample(fc.float({ min: 0, max: 1, noNaN: true }), { seed, numRuns: height * width }),
  );
}

// Kernels that do and do not survive turns: the edge figure's, and some built to test the rule.
const KERNELS: { name: string; size: [number, number]; weights: number[] }[] = [
  ...Object.entries(EDGE_KERNELS).map(([name, kernel]) => ({
    name,
    size: [...kernel.size] as [number, number],
    weights: [...kernel.weights],
  })),
  { name: 'half turn only', size: [1, 3], weights: [1, 0, 1] },
  { name: 'even square, all ones', size: [2, 2], weights: [1, 1, 1, 1] },
  { name: 'centre tap', size: [3, 3], weights: [0, 0, 0, 0, 2, 0, 0, 0, 0] },
  { name: 'off-centre tap', size: [3, 3], weights: [0, 0, 0, 0, 0, 2, 0, 0, 0] },
  { name: 'pinwheel', size: [3, 3], weights: [1, 2, 1, 2, 0, 2, 1, 2, 1] },
];

const TRANSFORMS: ImageTransform[] = [
  { kind: 'shift', dx: 5, dy: -3 },
  ...[0, 45, 90, 180, 270, 30].map((degrees): ImageTransform => ({ kind: 'rotate', degrees })),
];

describe('imageTransformCommutes', () => {
  test.each(KERNELS)('$name: the rule agrees with both orders computed on a random image', (kernel) => {
    const image = randomImage(24, 30, 7);
    for (const transform of TRANSFORMS) {
      const measured = imageEquivariance(
        image,
        [24, 30],
        Float32Array.from(kernel.weights),
        kernel.size,
        transform,
      );
      const label = `${kernel.name}, ${JSON.stringify(transform)}`;
      if (imageTransformCommutes(kernel.weights, kernel.size, transform)) {
        expect(measured.largestInterior, label).toBeLessThanOrEqual(1e-5 * Math.max(measured.scale, 1));
      } else {
        expect(measured.largestInterior, label).toBeGreaterThan(1e-3);
      }
    }
  });

  test('by hand: a shift always commutes; [−1, 1] does not survive a half turn; the Laplacian survives every quarter turn', () => {
    expect(imageTransformCommutes([-1, 1], [1, 2], { kind: 'shift', dx: 12, dy: 5 })).toBe(true);
    expect(imageTransformCommutes([-1, 1], [1, 2], { kind: 'rotate', degrees: 180 })).toBe(false);
    expect(
      imageTransformCommutes([0, 1, 0, 1, -4, 1, 0, 1, 0], [3, 3], { kind: 'rotate', degrees: 270 }),
    ).toBe(true);
    expect(
      imageTransformCommutes([0, 1, 0, 1, -4, 1, 0, 1, 0], [3, 3], { kind: 'rotate', degrees: 45 }),
    ).toBe(false);
  });
});

describe('signalTransformCommutes', () => {
  const signal = Float32Array.from(
    fc.sample(fc.float({ min: 0, max: 1, noNaN: true }), { seed: 3, numRuns: 40 }),
  );
  const transforms: SignalTransform[] = [
    { kind: 'shift', offset: 5 },
    { kind: 'shift', offset: -3 },
    { kind: 'stretch', factor: 2 },
    { kind: 'stretch', factor: 3 },
  ];
  const kernels: [string, number[]][] = [
    ...Object.entries(EQUIVARIANCE_KERNELS).map(([name, weights]): [string, number[]] => [
      name,
      [...weights],
    ]),
    ['scale, odd', [0, 3, 0]],
    ['scale, even (the tap same padding aligns)', [2, 0]],
    ['off the aligned tap', [0, 2]],
  ];
  test.each(kernels)('%s: the rule agrees with both orders computed on a random signal', (_, weights) => {
    for (const transform of transforms) {
      const measured = equivarianceCheck(signal, Float32Array.from(weights), transform);
      const label = JSON.stringify(transform);
      if (signalTransformCommutes(weights, transform))
        expect(measured.maxInteriorDifference, label).toBeLessThanOrEqual(1e-6);
      else expect(measured.maxInteriorDifference, label).toBeGreaterThan(1e-3);
    }
  });
});
