import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextCell, SHIFT_JUMP } from '../../src/views/grid/nextCell';

/** A cell as (row, col), and back. */
const place = (at: number, cols: number) => [Math.floor(at / cols), at % cols];

const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

describe('nextCell', () => {
  test('on a 3 × 4 grid from (1, 2): each key’s cell', () => {
    const shape = { rows: 3, cols: 4 };
    const from = 1 * 4 + 2;
    const moved = (key: string, shift = false) => place(nextCell(key, from, shape, shift) ?? -1, 4);
    expect(moved('ArrowLeft')).toEqual([1, 1]);
    expect(moved('ArrowRight')).toEqual([1, 3]);
    expect(moved('ArrowUp')).toEqual([0, 2]);
    expect(moved('ArrowDown')).toEqual([2, 2]);
    expect(moved('Home')).toEqual([1, 0]);
    expect(moved('End')).toEqual([1, 3]);
    // Shift jumps eight cells, stopping at the edge.
    expect(moved('ArrowLeft', true)).toEqual([1, 0]);
    expect(moved('ArrowDown', true)).toEqual([2, 2]);
    expect(nextCell('Enter', from, shape)).toBeNull();
    expect(nextCell('a', from, shape)).toBeNull();
  });

  test('any grid, cell and key: the cursor stays on the grid, moves along one axis only, by at most the jump', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.nat(),
        fc.constantFrom(...KEYS),
        fc.boolean(),
        (rows, cols, pick, key, shift) => {
          const at = pick % (rows * cols);
          const next = nextCell(key, at, { rows, cols }, shift);
          if (next === null) throw new Error(`${key} moved nothing`);
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThan(rows * cols);
          const [row, col] = place(at, cols);
          const [nextRow, nextCol] = place(next, cols);
          const horizontal = key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
          if (horizontal) expect(nextRow).toBe(row);
          else expect(nextCol).toBe(col);
          const step = horizontal ? nextCol - col : nextRow - row;
          if (key.startsWith('Arrow')) {
            expect(Math.abs(step)).toBeLessThanOrEqual(shift ? SHIFT_JUMP : 1);
            // It moves as far as asked unless the edge comes first.
            const room = {
              ArrowLeft: col,
              ArrowRight: cols - 1 - col,
              ArrowUp: row,
              ArrowDown: rows - 1 - row,
            }[key as 'ArrowLeft'];
            const direction = key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1;
            expect(step === direction * Math.min(room, shift ? SHIFT_JUMP : 1), `${key} from ${at}`).toBe(
              true,
            );
          }
          if (key === 'Home') expect(nextCol).toBe(0);
          if (key === 'End') expect(nextCol).toBe(cols - 1);
        },
      ),
      { seed: 15 },
    );
  });
});
