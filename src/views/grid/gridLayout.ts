import { type AxisPlacement, type LayerGeometry, placeLayer, unitAt } from '../../engine';
import type { UnitBox } from '../../state';

/**
 * Where a layer's units sit over the picture, as rows and columns of cells. World coordinates are
 * input units: input pixel (r, c) covers x ∈ [c − ½, c + ½), y ∈ [r − ½, r + ½).
 */
export interface GridLayout {
  rows: AxisPlacement;
  cols: AxisPlacement;
}

/** A rectangle in world coordinates (input units). */
export interface WorldRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height, in input units, of the strip a 1D layer is drawn as: a sixth of the input's length, at least 1. */
export function stripHeight(length: number): number {
  return Math.max(1, length / 6);
}

/**
 * The grid of layer `layer`: the engine's placement per axis (each unit centred on its receptive
 * field). A 1D layer is one row, drawn as a strip of {@link stripHeight}.
 */
export function gridLayout(geometry: readonly LayerGeometry[], layer: number): GridLayout {
  const placement = placeLayer(geometry, layer);
  if (placement.length === 2) return { rows: placement[0], cols: placement[1] };
  const height = stripHeight(geometry[0].size[0]);
  return { rows: { count: 1, first: (height - 1) / 2, step: height }, cols: placement[0] };
}

/** The span an axis's cells cover, from the first cell's start to the last cell's end. */
function axisSpan(axis: AxisPlacement): [number, number] {
  return [axis.first - axis.step / 2, axis.first + (axis.count - 0.5) * axis.step];
}

/** The rectangle all of a grid's cells cover. */
export function gridExtent(layout: GridLayout): WorldRect {
  const [x0, x1] = axisSpan(layout.cols);
  const [y0, y1] = axisSpan(layout.rows);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The rectangle of one cell (row-major `index`). */
export function cellRect(layout: GridLayout, index: number): WorldRect {
  const row = Math.floor(index / layout.cols.count);
  const col = index - row * layout.cols.count;
  return {
    x: layout.cols.first + (col - 0.5) * layout.cols.step,
    y: layout.rows.first + (row - 0.5) * layout.rows.step,
    width: layout.cols.step,
    height: layout.rows.step,
  };
}

/** The unit (row-major index) whose cell holds world point (x, y), or null outside every cell. */
export function cellAt(layout: GridLayout, x: number, y: number): number | null {
  const col = unitAt(layout.cols, x);
  const row = unitAt(layout.rows, y);
  return row === null || col === null ? null : row * layout.cols.count + col;
}

/**
 * What a figure of grids shows: the input, plus a margin on every side where a receptive field can
 * reach into the padding (a sixteenth of the larger side: enough to show that a field cut by the
 * border goes on into padding, without shrinking the picture).
 */
export function worldOf(inputSize: readonly number[]): WorldRect {
  const width = inputSize.length === 2 ? inputSize[1] : inputSize[0];
  const height = inputSize.length === 2 ? inputSize[0] : stripHeight(inputSize[0]);
  const margin = Math.max(width, height) / 16;
  return {
    x: -0.5 - margin,
    y: -0.5 - (inputSize.length === 2 ? margin : 0),
    width: width + 2 * margin,
    height: height + (inputSize.length === 2 ? 2 * margin : 0),
  };
}

/** The world rectangle of the cells from (top, left) to (bottom, right), inclusive, in either order. */
export function cellsRect(layout: GridLayout, box: UnitBox): WorldRect {
  const cols = layout.cols.count;
  const [top, bottom] = [Math.min(box.top, box.bottom), Math.max(box.top, box.bottom)];
  const [left, right] = [Math.min(box.left, box.right), Math.max(box.left, box.right)];
  const topLeft = cellRect(layout, top * cols + left);
  const bottomRight = cellRect(layout, bottom * cols + right);
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: bottomRight.x + bottomRight.width - topLeft.x,
    height: bottomRight.y + bottomRight.height - topLeft.y,
  };
}
