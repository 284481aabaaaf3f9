import { costScene } from './cost';
import { deepScene } from './deep';
import { equivarianceScene } from './equivariance';
import type { SceneDefinition } from './sceneTypes';
import { sharingScene } from './sharing';
import { sparseScene } from './sparse';
import { tilingScene } from './tiling';
import { variableSizeScene } from './variableSize';

export { costLayerSpec } from './cost';
export { DEEP_LETTERS, deepLetters, deepStackSpec } from './deep';
export {
  EQUIVARIANCE_EVENT_START,
  EQUIVARIANCE_KERNELS,
  EQUIVARIANCE_LENGTH,
  equivarianceSignal,
} from './equivariance';
export { networkSizes } from './networkSizes';
export type {
  FigureComputation,
  FigureParams,
  FitTask,
  PanelDefinition,
  ParamDefinition,
  ParamValue,
  SceneDefinition,
  Text,
} from './sceneTypes';
export { convLayerSpec, denseCounterpartSpec } from './sparse';
export { EXPERIMENT_KERNEL, EXPERIMENT_LENGTH, experimentTasks } from './tilingExperiment';

/** Every figure of the companion page, in reading order. */
export const SCENES: readonly SceneDefinition[] = [
  sparseScene,
  deepScene,
  sharingScene,
  tilingScene,
  equivarianceScene,
  variableSizeScene,
  costScene,
];

/** The figure with a given id, or undefined. */
export function sceneById(id: string): SceneDefinition | undefined {
  return SCENES.find((scene) => scene.id === id);
}
