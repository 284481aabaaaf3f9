import type { NetworkSpec } from '../engine';
import { repairKernel } from './repairKernel';
import { defineScene } from './sceneTypes';
import { EXPERIMENT_KERNEL, experimentTasks } from './tilingExperiment';

/** The settings that shape the tiling figure's layer. */
interface TilingSettings {
  inputLength: number;
  kernel: number;
  tiles: number;
}

function windowLayer(params: TilingSettings, kind: 'conv' | 'tiled' | 'local'): NetworkSpec {
  const geometry = { kernel: params.kernel, padding: 'valid' as const };
  return {
    input: { size: params.inputLength },
    layers: [kind === 'tiled' ? { kind, ...geometry, tiles: params.tiles } : { kind, ...geometry }],
  };
}

/** The convolution of the tiling figure, used to check its settings. */
function tilingConvSpec(params: TilingSettings): NetworkSpec {
  return windowLayer(params, 'conv');
}

/** One layer four ways: shared (conv), tiled, unshared (locally connected) and dense. */
export const tilingScene = defineScene({
  id: 'tiling',
  // Tiled and locally connected layers are the book's variants of convolution, §9.5.
  book: { section: '9.5', figures: [] },
  heading: 'tiling.heading',
  caption: 'tiling.caption',
  selectable: true,
  questions: { kinds: ['field', 'reach'] },
  // §9.5's tiled convolution cycles t = 2 kernels (the defaults).
  asInTheBook: {},
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 2,
      maximum: 16,
      unitsAcross: true,
    },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 5 },
    tiles: { kind: 'integer', label: 'controls.tiles', minimum: 1, maximum: 4 },
    examples: { kind: 'integer', label: 'controls.examples', minimum: 1, maximum: 30 },
  },
  defaults: { inputLength: 7, kernel: 3, tiles: 2, examples: 4 },
  panels: (params) => {
    const conv = windowLayer(params, 'conv');
    const outputs = params.inputLength - params.kernel + 1;
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
        title:
          params.tiles === 1
            ? { key: 'panel.tiledOne' }
            : { key: 'panel.tiled', values: { tiles: params.tiles } },
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
          input: { size: params.inputLength },
          layers: [{ kind: 'dense', units: Math.max(outputs, 1) }],
        },
        letters: ['x', 's'],
      },
    ];
  },
  repair: (params) => repairKernel(params, tilingConvSpec),
  computation: (params) => ({
    kind: 'fitComparison',
    payload: { kernel: EXPERIMENT_KERNEL, tasks: experimentTasks(params.examples) },
  }),
});
