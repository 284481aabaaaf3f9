import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type MaskSummary, summarizeMask, traceReceptiveField } from '../../src/engine';
import { positionOf } from './reference/bruteForceNetwork';
import { SEED } from './reference/networkArbitraries';

const mask = (bits: number[]) => Uint8Array.from(bits);

/** Count and inclusive box by visiting every marked unit's (row, col); 1D is one row. */
function bruteForceSummary(bits: Uint8Array, size: readonly number[]): MaskSummary {
  const shape = size.length === 1 ? [1, size[0]] : size;
  const marked: number[][] = [];
  bits.forEach((bit, index) => {
    if (bit === 1) marked.push(positionOf(index, shape));
  });
  if (marked.length === 0) return { count: 0, box: null };
  const rows = marked.map(([row]) => row);
  const cols = marked.map(([, col]) => col);
  return {
    count: marked.length,
    box: {
      top: Math.min(...rows),
      left: Math.min(...cols),
      bottom: Math.max(...rows),
      right: Math.max(...cols),
    },
  };
}

describe('summarizeMask', () => {
  test('an empty mask has count 0 and no box', () => {
    expect(summarizeMask(mask([0, 0, 0]), [3])).toEqual({ count: 0, box: null });
    expect(summarizeMask(new Uint8Array(12), [3, 4])).toEqual({ count: 0, box: null });
  });

  test('1D is read as one row: top = bottom = 0, left and right the first and last marked index', () => {
    // Marked 1, 3, 4 of 6.
    expect(summarizeMask(mask([0, 1, 0, 1, 1, 0]), [6])).toEqual({
      count: 3,
      box: { top: 0, left: 1, bottom: 0, right: 4 },
    });
  });

  test('2D: a box around scattered units, inclusive on every side', () => {
    // 3×4, marked (0, 2), (2, 1): rows 0…2, cols 1…2.
    //   . . x .
    //   . . . .
    //   . x . .
    expect(summarizeMask(mask([0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0]), [3, 4])).toEqual({
      count: 2,
      box: { top: 0, left: 1, bottom: 2, right: 2 },
    });
  });

  test('one marked unit is a one-unit box; a full mask spans the whole layer', () => {
    // 2×3, index 5 = (1, 2).
    expect(summarizeMask(mask([0, 0, 0, 0, 0, 1]), [2, 3])).toEqual({
      count: 1,
      box: { top: 1, left: 2, bottom: 1, right: 2 },
    });
    expect(summarizeMask(new Uint8Array(6).fill(1), [2, 3])).toEqual({
      count: 6,
      box: { top: 0, left: 0, bottom: 1, right: 2 },
    });
  });

  test('a single column and a single row of a 2D layer are read along the right axis', () => {
    // 4×1: index i is row i. 1×4: index i is column i.
    expect(summarizeMask(mask([0, 1, 1, 0]), [4, 1])).toEqual({
      count: 2,
      box: { top: 1, left: 0, bottom: 2, right: 0 },
    });
    expect(summarizeMask(mask([0, 1, 1, 0]), [1, 4])).toEqual({
      count: 2,
      box: { top: 0, left: 1, bottom: 0, right: 2 },
    });
  });

  test('summarizes a traced field with holes by its count, not its box area', () => {
    // 9 → k3 d2 valid → 5: unit 0 reads inputs 0, 2, 4; box 0…4 holds 5 units, 3 of them marked.
    const [inputMask] = traceReceptiveField(
      { input: { size: 9 }, layers: [{ kind: 'conv', kernel: 3, dilation: 2 }] },
      1,
      0,
    );
    expect(summarizeMask(inputMask, [9])).toEqual({
      count: 3,
      box: { top: 0, left: 0, bottom: 0, right: 4 },
    });
  });

  test('matches a brute-force count and bounding box on random 1D and 2D masks', () => {
    const maskCase = fc.oneof(
      fc.integer({ min: 1, max: 40 }).chain((length) =>
        fc.record({
          size: fc.constant<number[]>([length]),
          bits: fc.array(fc.constantFrom(0, 0, 1), { minLength: length, maxLength: length }),
        }),
      ),
      fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).chain(([rows, cols]) =>
        fc.record({
          size: fc.constant<number[]>([rows, cols]),
          // Mostly zeros, so that boxes smaller than the layer and empty masks both occur.
          bits: fc.array(fc.constantFrom(0, 0, 0, 0, 0, 1), {
            minLength: rows * cols,
            maxLength: rows * cols,
          }),
        }),
      ),
    );
    fc.assert(
      fc.property(maskCase, ({ size, bits }) => {
        const values = Uint8Array.from(bits);
        expect(summarizeMask(values, size)).toEqual(bruteForceSummary(values, size));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
