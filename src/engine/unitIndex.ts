import type { UnitPosition } from './spec';
import { NetworkSpecError } from './specIssue';

/**
 * Converts a unit position (index in 1D, `[row, col]` in 2D) of a layer of extent `size` to its
 * row-major index; throws {@link NetworkSpecError} when it does not name a unit of that layer.
 */
export function unitIndex(size: readonly number[], unit: UnitPosition, layer: number): number {
  const position = typeof unit === 'number' ? [unit] : unit;
  const valid =
    Array.isArray(position) &&
    position.length === size.length &&
    position.every((value, axis) => Number.isInteger(value) && value >= 0 && value < size[axis]);
  if (!valid) {
    throw new NetworkSpecError([
      {
        path: 'unit',
        layer,
        code: 'invalidUnit',
        values: { unit: JSON.stringify(unit), size: size.join('×') },
        message: `Layer ${layer} has ${size.join('×')} units; ${JSON.stringify(unit)} is not one of them.`,
      },
    ]);
  }
  return size.length === 1 ? position[0] : position[0] * size[1] + position[1];
}

/**
 * The position of the unit at row-major `index` in a layer of extent `size`: `[index]` in 1D,
 * `[row, col]` in 2D (the inverse of {@link unitIndex}). It allocates: loops over every unit of a
 * layer keep their own arithmetic.
 */
export function unitPosition(size: readonly number[], index: number): number[] {
  return size.length === 2 ? [Math.floor(index / size[1]), index % size[1]] : [index];
}
