import type { LayerGeometry } from './analyzeNetwork';

/**
 * Where the units of one layer sit along one axis, in input units (input unit i is centred on i):
 * unit u is centred on `first + u · step`, and its cell, the part of the picture drawn as that unit,
 * spans `step` around that centre.
 */
export interface AxisPlacement {
  /** Units on this axis. */
  count: number;
  /** Centre of unit 0, in input units. */
  first: number;
  /** Distance between neighbouring centres, in input units (the effective stride S). */
  step: number;
}

/**
 * Places a layer over its input, one {@link AxisPlacement} per axis: unit u of a sliding-window layer
 * is centred on its receptive field, u·S − P + (r − 1)/2 (Araujo et al., Distill 2019), so deeper
 * layers read as coarser grids over the same picture. A layer at or above a dense layer (S = 0)
 * sees the whole input from every unit; its units are spread evenly across the input instead.
 */
export function placeLayer(geometry: readonly LayerGeometry[], layer: number): AxisPlacement[] {
  const input = geometry[0].size;
  const { size, effectiveStride, effectivePadding, receptiveField } = geometry[layer];
  return size.map((count, axis) => {
    const stride = effectiveStride[axis];
    if (stride === 0) {
      const step = input[axis] / count;
      return { count, first: step / 2 - 0.5, step };
    }
    return { count, first: (receptiveField[axis] - 1) / 2 - effectivePadding[axis], step: stride };
  });
}

/**
 * The unit of an axis whose cell holds input coordinate `position` (input units, unit i's pixel
 * spans i − ½ … i + ½), or null when the position lies outside every cell of the layer.
 */
export function unitAt(placement: AxisPlacement, position: number): number | null {
  const unit = Math.floor((position - placement.first) / placement.step + 0.5);
  return unit >= 0 && unit < placement.count ? unit : null;
}
