/** A box of whole units on a layer: first and last row and column, inclusive (1D: row 0 to 0). */
export interface UnitBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** How a box marked on a layer overlaps an exact field on it. */
export interface BoxOverlap {
  /** Units of the field, units of the box, and units in both. */
  field: number;
  box: number;
  both: number;
  /** Share of the field the box holds, share of the box outside the field, and both over either (IoU). */
  found: number;
  extra: number;
  overlap: number;
}

/**
 * Compares a box with a field's mask on a layer of `size` ([rows, cols], or [length] in 1D): the
 * box is clipped to the layer, and each unit is counted once. An empty field or box counts 0 found.
 */
export function boxOverlap(mask: Uint8Array, size: readonly number[], box: UnitBox): BoxOverlap {
  const [rows, cols] = size.length === 2 ? size : [1, size[0]];
  const top = Math.max(0, Math.min(box.top, box.bottom));
  const bottom = Math.min(rows - 1, Math.max(box.top, box.bottom));
  const left = Math.max(0, Math.min(box.left, box.right));
  const right = Math.min(cols - 1, Math.max(box.left, box.right));
  let field = 0;
  for (let index = 0; index < mask.length; index += 1) field += mask[index] ? 1 : 0;
  const boxUnits = bottom >= top && right >= left ? (bottom - top + 1) * (right - left + 1) : 0;
  let both = 0;
  for (let row = top; row <= bottom; row += 1) {
    for (let col = left; col <= right; col += 1) both += mask[row * cols + col] ? 1 : 0;
  }
  const union = field + boxUnits - both;
  return {
    field,
    box: boxUnits,
    both,
    found: field > 0 ? both / field : 0,
    extra: boxUnits > 0 ? (boxUnits - both) / boxUnits : 0,
    overlap: union > 0 ? both / union : 0,
  };
}
