/** A selected unit: its layer (0 = the input) and its index in that layer. */
export interface Selection {
  layer: number;
  index: number;
}

/** The `data-unit` / URL form of a unit: `"<layer>:<index>"`. */
export function selectionKey(selection: Selection): string {
  return `${selection.layer}:${selection.index}`;
}

/** Whether two selections name the same unit (both null counts as the same). */
export function sameUnit(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.layer === b.layer && a.index === b.index);
}

/**
 * The unit a selection names once its layers have new sizes: the one at the same position (row and
 * column, or index in 1D), each coordinate clamped to the new layer; `previous` gives the sizes the
 * index was read in (unknown: the index is kept and only clamped). Null when its layer is gone.
 */
export function refitSelection(
  selection: Selection,
  sizes: readonly (readonly number[])[],
  previous?: readonly (readonly number[])[],
): Selection | null {
  const size = sizes[selection.layer];
  if (!size) return null;
  const before = previous?.[selection.layer];
  let index = Math.min(selection.index, size.reduce((a, b) => a * b, 1) - 1);
  if (before && before.length === size.length && before.some((length, axis) => length !== size[axis])) {
    // Row-major position in the old sizes, clamped axis by axis, back to an index in the new ones.
    let rest = selection.index;
    const position = before.map((_, axis) => {
      const stride = before.slice(axis + 1).reduce((a, b) => a * b, 1);
      const coordinate = Math.floor(rest / stride);
      rest %= stride;
      return Math.min(coordinate, size[axis] - 1);
    });
    index = position.reduce((total, coordinate, axis) => total * size[axis] + coordinate, 0);
  }
  return index === selection.index ? selection : { layer: selection.layer, index };
}
