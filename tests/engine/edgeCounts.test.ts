import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countNetwork, edgeCounts } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

describe('edgeCounts', () => {
  test('fig. 9.6 at 280 × 320 with [−1, 1]: the book’s numbers', () => {
    // §9.2: a 320 × 280 input gives a 319 × 280 output; the convolution needs 319 · 280 · 3 =
    // 267,960 operations; the matrix has 320 · 280 · 319 · 280 ≈ 8 × 10⁹ entries; the book puts
    // the dense product at about 16 × 10⁹ operations, 60,000 times more.
    const counts = edgeCounts([280, 320], [1, 2]);
    expect(counts.outputSize).toEqual([280, 319]);
    expect(counts.outputs).toBe(89_320);
    expect(counts.convFlops).toBe(267_960);
    expect(counts.denseEntries).toBe(8_003_072_000);
    expect(counts.denseFlops).toBe(16_006_144_000);
    expect(Math.round(counts.flopsRatio)).toBe(59_733);
    expect(counts.sparseNonzeros).toBe(178_640);
  });

  test('agrees with the network counter on the same layer, any image and kernel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (height, width, kh, kw) => {
          fc.pre(kh <= height && kw <= width);
          const counts = edgeCounts([height, width], [kh, kw]);
          const network = countNetwork({
            input: { size: [height, width] },
            layers: [{ kind: 'conv', kernel: [kh, kw] }],
          });
          const layer = network.layers[1];
          expect(counts.sparseNonzeros).toBe(layer.asBuilt.connections);
          expect(counts.denseEntries).toBe(layer.dense.weights);
          expect(counts.outputs * counts.taps).toBe(layer.asBuilt.multiplyAdds);
          // Multiplications plus additions: taps + (taps − 1) per output.
          expect(counts.convFlops).toBe(2 * layer.asBuilt.multiplyAdds - counts.outputs);
          expect(counts.denseFlops).toBe(2 * layer.dense.multiplyAdds);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('a kernel larger than the image, or a size that is not a whole number, is refused', () => {
    expect(() => edgeCounts([3, 3], [4, 1])).toThrow(RangeError);
    expect(() => edgeCounts([0, 3], [1, 1])).toThrow(RangeError);
    expect(() => edgeCounts([2.5, 3], [1, 1])).toThrow(RangeError);
  });
});
