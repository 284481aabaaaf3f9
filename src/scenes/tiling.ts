import type { NetworkSpec } from '../engine';
import { repairKernel } from './repairKernel';
import type { FigureParams, SceneDefinition } from './sceneTypes';
import { EXPERIMENT_KERNEL, experimentTasks } from './tilingExperiment';

function windowLayer(params: FigureParams, kind: 'conv' | 'tiled' | 'local'): NetworkSpec {
  const geometry = { kernel: Number(params.kernel), padding: 'valid' as const };
  return {
    input: { size: Number(params.inputLength) },
    layers: [kind === 'tiled' ? { kind, ...geometry, tiles: Number(params.tiles) } : { kind, ...geometry }],
  };
}

/** The convolution of the tiling figure, used to check its settings. */
function tilingConvSpec(params: FigureParams): NetworkSpec {
  return windowLayer(params, 'conv');
}

/** One layer four ways: shared (conv), tiled, unshared (locally connected) and dense. */
export const tilingScene: SceneDefinition = {
  id: 'tiling',
  bookFigures: null,
  heading: 'tiling.heading',
  caption: 'tiling.caption',
  selectable: true,
  params: {
    inputLength: { kind: 'integer', label: 'controls.inputLength', minimum: 2, maximum: 16 },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 5 },
    tiles: { kind: 'integer', label: 'controls.tiles', minimum: 1, maximum: 4 },
    examples: { kind: 'integer', label: 'controls.examples', minimum: 1, maximum: 30 },
  },
  defaults: { inputLength: 7, kernel: 3, tiles: 2, examples: 4 },
  panels: (params) => {
    const conv = windowLayer(params, 'conv');
    const outputs = Number(params.inputLength) - Number(params.kernel) + 1;
    return [
      {
        id: 'conv',
        title: { key: 'panel.convShared' },
        spec: conv,
        letters: ['x', 's'],
        edgeStyle: 'weights',
      },
      {
        id: 'tiled',
        title: { key: 'panel.tiled', values: { tiles: Number(params.tiles) } },
        spec: windowLayer(params, 'tiled'),
        letters: ['x', 's'],
        edgeStyle: 'weights',
      },
      {
        id: 'local',
        title: { key: 'panel.local' },
        spec: windowLayer(params, 'local'),
        letters: ['x', 's'],
        edgeStyle: 'weights',
      },
      {
        id: 'dense',
        title: { key: 'panel.dense' },
        spec: {
          input: { size: Number(params.inputLength) },
          layers: [{ kind: 'dense', units: Math.max(outputs, 1) }],
        },
        letters: ['x', 's'],
      },
    ];
  },
  repair: (params) => repairKernel(params, tilingConvSpec),
  computation: (params) => ({
    kind: 'fitComparison',
    payload: { kernel: EXPERIMENT_KERNEL, tasks: experimentTasks(Number(params.examples)) },
  }),
};
