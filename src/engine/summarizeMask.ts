/** How many units a layer mask marks, and the rows and columns they span (inclusive), or null for none. */
export interface MaskSummary {
  count: number;
  box: { top: number; left: number; bottom: number; right: number } | null;
}

/**
 * Counts the marked units of a row-major mask of a layer of extent `size` (`[n]` in 1D, read as one
 * row; `[height, width]` in 2D) and finds their bounding box.
 */
export function summarizeMask(mask: Uint8Array, size: readonly number[]): MaskSummary {
  const cols = size.length === 2 ? size[1] : size[0];
  let count = 0;
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  for (let index = 0; index < mask.length; index += 1) {
    if (!mask[index]) continue;
    count += 1;
    const row = Math.floor(index / cols);
    const col = index - row * cols;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  return { count, box: count === 0 ? null : { top, left, bottom, right } };
}
