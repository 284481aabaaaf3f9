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

  test('on a small image the dense layer is fitted to no more crops than the image has', () => {
    // 20 × 10: crops of 10 × 10 (the image's narrow side), at (20 − 10 + 1)(10 − 10 + 1) = 11 places;
    // crops of 1, 2, 4 and 8 are fitted (16 would repeat some), each labelling 10 × 9 = 90 outputs.
    const small = edgeLearningCurves(picture(20, 10), [20, 10], { seed: 3, testCrops: 4 });
    expect(small.crop).toBe(10);
    expect(small.distinctCrops).toBe(11);
    expect(small.dense.map((point) => point.pixels)).toEqual([90, 180, 360, 720]);
    // 11 crops cannot pin down 100 weights per output; the convolution still learns from 2 pixels.
    expect(Math.min(...small.dense.map((point) => point.relativeError))).toBeGreaterThan(1e-3);
    expect(small.conv[1].relativeError).toBeLessThan(1e-4);
  });

  test('at equal error the dense layer needs orders of magnitude more labelled pixels', () => {
    const firstExact = (points: { pixels: number; relativeError: number }[]) =>
      points.find((point) => point.relativeError < 1e-4)?.pixels ?? Number.POSITIVE_INFINITY;
    expect(firstExact(curves.dense) / firstExact(curves.conv)).toBeGreaterThanOrEqual(1000);
  });
});
