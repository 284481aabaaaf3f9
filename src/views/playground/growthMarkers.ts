import type { LayerGeometry } from '../../engine';

/** The layers where a network's receptive field passes two milestones, or null where it never does. */
export interface GrowthMarkers {
  /** The first layer whose analytic field r exceeds the input on every axis. */
  exceeds: number | null;
  /** The first layer whose centre unit's exact field covers the whole input. */
  covers: number | null;
}

/** Finds the growth milestones from the engine's geometry and centre-unit coverage, layer by layer. */
export function growthMarkers(
  geometry: readonly LayerGeometry[],
  coverage: readonly number[],
): GrowthMarkers {
  const input = geometry[0].size;
  const exceeds = geometry.findIndex((layer) => layer.receptiveField.every((r, axis) => r > input[axis]));
  const covers = coverage.indexOf(1);
  return { exceeds: exceeds < 0 ? null : exceeds, covers: covers < 0 ? null : covers };
}
