import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refitSelection } from '../../src/state/selection.ts';

describe('refitSelection', () => {
  it('keeps the row and column of a 2D unit when its layer gets narrower', () => {
    // [−1, 1] on 280 × 320 gives a 280 × 319 map; Sobel's 3 × 3 gives 278 × 318.
    const book = [
      [280, 320],
      [280, 319],
    ];
    const sobel = [
      [280, 320],
      [278, 318],
    ];
    // y(125, 125) of the 319-wide map is 125 · 319 + 125 = 40,000; of the 318-wide one, 39,875.
    expect(refitSelection({ layer: 1, index: 40_000 }, sobel, book)).toEqual({ layer: 1, index: 39_875 });
    // The last unit of 280 × 319, (279, 318), clamps to the corner (277, 317) = 88,403.
    expect(refitSelection({ layer: 1, index: 89_319 }, sobel, book)).toEqual({ layer: 1, index: 88_403 });
  });

  it('without the old sizes only clamps the index; a layer that is gone drops the selection', () => {
    expect(refitSelection({ layer: 0, index: 12 }, [[5]])).toEqual({ layer: 0, index: 4 });
    const same = { layer: 0, index: 3 };
    expect(refitSelection(same, [[5]])).toBe(same);
    expect(refitSelection({ layer: 2, index: 0 }, [[5], [3]])).toBeNull();
  });

  it('matches a brute-force walk over both grids, for any sizes', () => {
    const size = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }));
    fc.assert(
      fc.property(size, size, fc.nat(), (before, after, seed) => {
        const index = seed % (before[0] * before[1]);
        // Walk the old grid in reading order to the index's cell, then the new grid to the clamped cell.
        let found: [number, number] = [-1, -1];
        let counter = 0;
        for (let row = 0; row < before[0]; row += 1)
          for (let col = 0; col < before[1]; col += 1) {
            if (counter === index) found = [row, col];
            counter += 1;
          }
        const target = [Math.min(found[0], after[0] - 1), Math.min(found[1], after[1] - 1)];
        let expected = -1;
        counter = 0;
        for (let row = 0; row < after[0]; row += 1)
          for (let col = 0; col < after[1]; col += 1) {
            if (row === target[0] && col === target[1]) expected = counter;
            counter += 1;
          }
        const fitted = refitSelection({ layer: 0, index }, [after], [before]);
        expect(fitted).toEqual({ layer: 0, index: expected });
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
