export type { AxisField } from './analyticField';
export { analyticField } from './analyticField';
export type { LayerGeometry } from './analyzeNetwork';
export { analyzeNetwork } from './analyzeNetwork';
export type { CostCounts, LayerCounts, NetworkCounts } from './countNetwork';
export { countNetwork } from './countNetwork';
export { countPaths } from './countPaths';
export type { Correlator, Signal } from './crossCorrelate';
export { convolve, createCorrelator, crossCorrelate, flipKernel } from './crossCorrelate';
export type { DenseLayer } from './denseLayer';
export { createDenseLayer } from './denseLayer';
export type { EdgeCounts } from './edgeCounts';
export { edgeCounts } from './edgeCounts';
export type { LearningCurves, LearningPoint } from './edgeLearning';
export { edgeLearningCurves, edgeLearningSteps, type LearningOptions } from './edgeLearning';
export { type EffectiveFieldOptions, effectiveReceptiveField } from './effectiveReceptiveField';
export type { EquivarianceCheck } from './equivarianceCheck';
export { equivarianceCheck } from './equivarianceCheck';
export { type FieldSpread, fieldSpread } from './fieldSpread';
export { findConnection } from './findConnection';
export type { FittedWindowLayer, WeightSharing } from './fitWindowLayer';
export { applyWindowLayer, fitWindowLayer, meanSquaredError } from './fitWindowLayer';
export type { ImageEquivariance, ImageTransform } from './imageEquivariance';
export { imageEquivariance, transformImage } from './imageEquivariance';
export { layerCsr, layerMatrix, MAX_DENSE_ENTRIES } from './layerMatrix';
export { fitLeastSquares } from './leastSquares';
export {
  MAX_AXIS_SIZE,
  MAX_CHANNELS,
  MAX_LAYER_UNITS,
  MAX_LAYERS,
  MAX_NETWORK_UNITS,
  MAX_WINDOW_VALUE,
} from './limits';
export type { ConnectionOptions, LayerConnections } from './listConnections';
export { listConnections, MAX_LISTED_CONNECTIONS } from './listConnections';
export type { CsrMatrix, DenseMatrix } from './matrices';
export { csrMatVec, denseMatVec } from './matrices';
export type { OutputWindow, WindowTap } from './outputWindow';
export { outputWindow } from './outputWindow';
export { pool } from './pool';
export { randomSource, seedOf } from './randomSource';
export type { AxisWindow, ResolvedLayer, ResolvedNetwork } from './resolved';
export { isResolvedNetwork } from './resolved';
export { resolveNetwork } from './resolveNetwork';
export { solveLinearSystem } from './solveLinearSystem';
export type {
  AxisPaddingSpec,
  AxisValue,
  ConvLayerSpec,
  DenseLayerSpec,
  GlobalPoolLayerSpec,
  LayerKind,
  LayerNaming,
  LayerSpec,
  LocalLayerSpec,
  NetworkSpec,
  PaddingSpec,
  PoolLayerSpec,
  TiledLayerSpec,
  UnitPosition,
  WindowGeometrySpec,
  WindowLayerSpec,
  WindowPoolLayerSpec,
} from './spec';
export { isWindowLayer } from './spec';
export type { SpecIssue, SpecIssueCode } from './specIssue';
export { NetworkSpecError } from './specIssue';
export type { MaskSummary } from './summarizeMask';
export { summarizeMask } from './summarizeMask';
export type { EquivarianceTrace } from './traceEquivariance';
export { traceEquivariance } from './traceEquivariance';
export type { LayerMasks } from './traceField';
export { centreCoverage, traceField, traceInfluence, traceReceptiveField } from './traceField';
export { imageTransformCommutes, signalTransformCommutes } from './transformCommutes';
export type { SignalTransform } from './transformSignal';
export { transformSignal, transformSource } from './transformSignal';
export { unitPosition } from './unitIndex';
export type { AxisPlacement } from './unitPlacement';
export { placeLayer, unitAt } from './unitPlacement';
export type { ValidationResult } from './validateNetwork';
export { validateNetwork } from './validateNetwork';
export { axisPadding, dilatedKernelSpan, windowOutputSize } from './windowOutputSize';
