import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { unitPosition } from '../../src/engine';
import { unitIndex } from '../../src/engine/unitIndex';
import { SEED } from './reference/networkArbitraries';

describe('unitPosition: where a unit of a row-major layer is', () => {
  test('counts along each row, then down, as an image array does (enumerated)', () => {
    const size = [3, 4];
    const expected: number[][] = [];
    for (let row = 0; row < size[0]; row += 1)
      for (let col = 0; col < size[1]; col += 1) expected.push([row, col]);
    expect(expected.map((_, index) => unitPosition(size, index))).toEqual(expected);
  });

  test('a 1D unit is at its index', () => {
    expect(unitPosition([7], 5)).toEqual([5]);
  });

  test('inverts unitIndex on every unit of random 1D and 2D layers', () => {
    const sizes = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 50 })),
      fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 })),
    );
    fc.assert(
      fc.property(sizes, (size) => {
        const count = size.reduce((a, b) => a * b, 1);
        for (let index = 0; index < count; index += 1)
          expect(unitIndex(size, unitPosition(size, index), 0)).toBe(index);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
