/** Rows and columns of a grid of cells, numbered row-major. */
export interface GridShape {
  rows: number;
  cols: number;
}

/** Cells an arrow key moves with Shift held. */
export const SHIFT_JUMP = 8;

/**
 * Where a grid's keyboard cursor goes from cell `at` when `key` is pressed: the arrows move one cell
 * (`SHIFT_JUMP` with Shift), Home and End go to the ends of the row, and every move stops at the
 * grid's edge. Null for a key that does not move the cursor.
 */
export function nextCell(key: string, at: number, shape: GridShape, shift = false): number | null {
  const row = Math.floor(at / shape.cols);
  const col = at - row * shape.cols;
  const jump = shift ? SHIFT_JUMP : 1;
  switch (key) {
    case 'ArrowLeft':
      return row * shape.cols + Math.max(0, col - jump);
    case 'ArrowRight':
      return row * shape.cols + Math.min(shape.cols - 1, col + jump);
    case 'ArrowUp':
      return Math.max(0, row - jump) * shape.cols + col;
    case 'ArrowDown':
      return Math.min(shape.rows - 1, row + jump) * shape.cols + col;
    case 'Home':
      return row * shape.cols;
    case 'End':
      return row * shape.cols + shape.cols - 1;
    default:
      return null;
  }
}
