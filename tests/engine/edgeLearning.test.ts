import { describe, expect, test } from 'vitest';
import { edgeLearningCurves } from '../../src/engine';

/** A smooth test picture with edges of every direction: rings and a step, values in [0, 1]. */
function picture(height: number, width: number): Float32Array {
  return Float32Array.from({ length: height * width }, (_, index) => {
    const row = Math.floor(index / width);
    const col = index % width;
    const ring = 0.5 + 0.35 * Math.sin(Math.hypot(row - height / 2, col - width / 3) / 3);
    return Math.round((ring + (col > width / 2 ? 0.1 : 0)) * 255) / 255;
  });
}

describe('edgeLearningCurves', () => {
  const curves = edgeLearningCurves(picture(60, 80), [60, 80], {
    seed: 7,
    crop: 8,
    testCrops: 8,
    maxTrainCrops: 128,
  });

  test('the convolution learns the edge detector exactly from two labelled pixels', () => {
    // One pixel leaves one of the two weights undetermined; two independent ones fix both.
    expect(curves.conv[0].pixels).toBe(1);
    expect(curves.conv[0].relativeError).toBeGreaterThan(1e-3);
    expect(curves.conv[1].pixels).toBe(2);
    expect(curves.conv[1].relativeError).toBeLessThan(1e-8);
    expect(curves.convParameters).toBe(2);
  });

  test('the dense layer needs a crop per input before it is exact: 64 crops of 8 × 8 here', () => {
    // 8 × 8 crops: 64 inputs, 8 × 7 = 56 outputs, 3,584 weights; each crop labels all 56 outputs.
    expect(curves.denseParameters).toBe(64 * 56);
    expect(curves.dense.map((point) => point.pixels)).toEqual(
      [1, 2, 4, 8, 16, 32, 64, 128].map((crops) => crops * 56),
    );
    // Fewer crops than inputs leaves each output's weights underdetermined: a clear error.
    for (const point of curves.dense.slice(0, 5)) expect(point.relativeError).toBeGreaterThan(1e-3);
    // The error falls as crops are added, and vanishes once they determine the weights.
    for (let index = 1; index < 6; index += 1) {
      expect(curves.dense[index].relativeError).toBeLessThan(curves.dense[index - 1].relativeError);
    }
    expect(curves.dense[7].relativeError).toBeLessThan(1e-4);
  });

  test('at equal error the dense layer needs orders of magnitude more labelled pixels', () => {
    const firstExact = (points: { pixels: number; relativeError: number }[]) =>
      points.find((point) => point.relativeError < 1e-4)?.pixels ?? Number.POSITIVE_INFINITY;
    expect(firstExact(curves.dense) / firstExact(curves.conv)).toBeGreaterThanOrEqual(1000);
  });
});
