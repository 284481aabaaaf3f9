import type { NetworkSpec } from '../engine';
import { networkSizes } from './networkSizes';
import { repairKernel } from './repairKernel';
import type { FigureParams, PanelDefinition, SceneDefinition } from './sceneTypes';

/** The sparse layer of figs. 9.2–9.3 from its settings: one cross-correlation over a 1D input. */
export function convLayerSpec(params: FigureParams): NetworkSpec {
  return {
    input: { size: Number(params.inputLength) },
    layers: [
      {
        kind: 'conv',
        kernel: Number(params.kernel),
        stride: Number(params.stride ?? 1),
        dilation: Number(params.dilation ?? 1),
        padding: params.padding as 'valid' | 'same' | number,
      },
    ],
  };
}

/** A dense layer with as many outputs as the convolution of the same settings has (1 if impossible). */
export function denseCounterpartSpec(params: FigureParams): NetworkSpec {
  const sizes = networkSizes(convLayerSpec(params));
  return {
    input: { size: Number(params.inputLength) },
    layers: [{ kind: 'dense', units: sizes ? sizes[1][0] : 1 }],
  };
}

/**
 * A convolution and its dense counterpart for one set of settings, as two panels that share their
 * layer sizes; `convEdges` chooses whether the convolution's edges show which weight they use.
 */
export function convAndDensePanels(params: FigureParams, convEdges: 'plain' | 'weights'): PanelDefinition[] {
  return [
    {
      id: 'conv',
      title: { key: 'panel.conv', values: { kernel: Number(params.kernel) } },
      spec: convLayerSpec(params),
      letters: ['x', 's'],
      edgeStyle: convEdges,
    },
    { id: 'dense', title: { key: 'panel.dense' }, spec: denseCounterpartSpec(params), letters: ['x', 's'] },
  ];
}

/** Figs. 9.2 and 9.3: a convolution beside a dense layer, one selection shared. */
export const sparseScene: SceneDefinition = {
  id: 'sparse',
  bookFigures: '9.2, 9.3',
  heading: 'sparse.heading',
  caption: 'sparse.caption',
  selectable: true,
  params: {
    inputLength: { kind: 'integer', label: 'controls.inputLength', minimum: 1, maximum: 256 },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 15 },
    stride: { kind: 'integer', label: 'controls.stride', minimum: 1, maximum: 8 },
    dilation: { kind: 'integer', label: 'controls.dilation', minimum: 1, maximum: 8 },
    padding: { kind: 'padding', label: 'controls.padding', maximum: 8 },
  },
  // The book's figure: five inputs, a kernel of width 3, outputs aligned with inputs.
  defaults: { inputLength: 5, kernel: 3, stride: 1, dilation: 1, padding: 'same' },
  panels: (params) => convAndDensePanels(params, 'plain'),
  repair: (params) => repairKernel(params, convLayerSpec),
};
