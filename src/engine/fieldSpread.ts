/** Where a field's weight lies, per axis, in input units. */
export interface FieldSpread {
  /** The weighted mean position per axis (row, column in 2D). */
  centre: number[];
  /** The weighted standard deviation per axis: the σ of a Gaussian fitted by its moments. */
  sigma: number[];
}

/**
 * The centre and spread of a non-negative field over an input of extent `size` (row-major), taken as
 * a distribution: its first and second moments per axis, which are a Gaussian fit's mean and σ.
 * Null for a field with no weight.
 */
export function fieldSpread(field: ArrayLike<number>, size: readonly number[]): FieldSpread | null {
  const width = size[size.length - 1];
  const axes = size.length;
  let total = 0;
  const sums = new Array<number>(axes).fill(0);
  const squares = new Array<number>(axes).fill(0);
  for (let index = 0; index < field.length; index += 1) {
    const weight = field[index];
    if (weight === 0) continue;
    total += weight;
    const position = axes === 2 ? [Math.floor(index / width), index % width] : [index];
    for (let axis = 0; axis < axes; axis += 1) {
      sums[axis] += weight * position[axis];
      squares[axis] += weight * position[axis] * position[axis];
    }
  }
  if (total === 0) return null;
  const centre = sums.map((sum) => sum / total);
  const sigma = squares.map((square, axis) => Math.sqrt(Math.max(0, square / total - centre[axis] ** 2)));
  return { centre, sigma };
}
