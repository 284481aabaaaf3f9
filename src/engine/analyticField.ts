import type { LayerGeometry } from './analyzeNetwork';
import { unitPosition } from './unitIndex';

/** A unit's analytic receptive field along one axis, in input units. */
export interface AxisField {
  /** First input position of the field, u·S − P (negative: it starts in the padding). */
  start: number;
  /** Last input position, u·S − P + r − 1 (at or past the input's extent: it ends in the padding). */
  end: number;
  /** How many of the field's r positions are real input rather than padding. */
  inside: number;
}

/**
 * The analytic receptive field of unit `index` (row-major) of layer `layer`, per axis: the
 * interval `[u·S − P, u·S − P + r − 1]` of Araujo et al. (Distill 2019) and how much of it lies in
 * the input. It bounds the exact field, which dilation can leave with holes. A unit at or above a
 * dense layer (S = 0) sees the whole input.
 */
export function analyticField(geometry: readonly LayerGeometry[], layer: number, index: number): AxisField[] {
  const { size, receptiveField, effectiveStride, effectivePadding } = geometry[layer];
  const input = geometry[0].size;
  const position = unitPosition(size, index);
  return size.map((_, axis) => {
    const start = position[axis] * effectiveStride[axis] - effectivePadding[axis];
    const end = start + receptiveField[axis] - 1;
    const inside = Math.max(0, Math.min(end, input[axis] - 1) - Math.max(start, 0) + 1);
    return { start, end, inside };
  });
}
