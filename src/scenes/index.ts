import type { SceneDefinition } from './sceneTypes';

export { bookState } from './bookState';
export { costLayerSpec } from './cost';
export { DEEP_LETTERS, type DeepStackSettings, deepLetters, deepStackSpec } from './deep';
export {
  chosenKernel,
  EDGE_KERNEL_CHOICES,
  EDGE_KERNELS,
  type EdgeKernel,
  type EdgeKernelId,
  kernelFromRows,
  MAX_CUSTOM_KERNEL,
  QUESTION_KERNELS,
  questionKernel,
} from './edgeKernels';
export { EDGES_IMAGE_SIZE, edgeGeometry, edgeLayerSpec, MAX_SHIFT } from './edges';
export {
  EQUIVARIANCE_EVENT_START,
  EQUIVARIANCE_KERNELS,
  EQUIVARIANCE_LENGTH,
  equivarianceSignal,
} from './equivariance';
export { matchPreset, sameNetwork } from './matchPreset';
export { nearestValidNetwork } from './nearestValidNetwork';
export { networkSizes } from './networkSizes';
export { drawnAsGraph, PLAYGROUND_PHOTOS, suggestedLayers } from './playground';
export { NETWORK_PRESETS, type NetworkPresetId, PRESET_END_POINTS, wavenetStack } from './presets';
export {
  askedTarget,
  defaultTarget,
  hiddenSettings,
  isQuestionKind,
  isQuestionTarget,
  KERNEL_QUESTIONS,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  type QuestionTarget,
  questionLayers,
  refitQuestion,
  TARGETLESS_KINDS,
} from './questions';
export type {
  CommuteCase,
  FigureComputation,
  FigureParams,
  FitTask,
  NetworkParam,
  PaddingChoice,
  PanelDefinition,
  ParamDefinition,
  ParamDefinitions,
  ParamsOf,
  ParamValue,
  QuestionsDefinition,
  SceneDefinition,
  Text,
  ValueOf,
} from './sceneTypes';
export { type ConvLayerSettings, convLayerSpec, denseCounterpartSpec } from './sparse';
export { EXPERIMENT_KERNEL, EXPERIMENT_LENGTH, experimentTasks } from './tilingExperiment';

/** The figures a page shows: any list of scene definitions (the page's own, or a test's). */
export type FigureRegistry = readonly SceneDefinition[];
