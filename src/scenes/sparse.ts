import type { NetworkSpec } from '../engine';
import { networkSizes } from './networkSizes';
import { repairKernel } from './repairKernel';
import { defineScene, type PaddingChoice, type PanelDefinition } from './sceneTypes';

/** The settings of a single 1D convolution: input length, kernel and geometry. */
export interface ConvLayerSettings {
  inputLength: number;
  kernel: number;
  stride?: number;
  dilation?: number;
  padding: PaddingChoice;
}

/** The sparse layer of figs. 9.2–9.3 from its settings: one cross-correlation over a 1D input. */
export function convLayerSpec(settings: ConvLayerSettings): NetworkSpec {
  return {
    input: { size: settings.inputLength },
    layers: [
      {
        kind: 'conv',
        kernel: settings.kernel,
        stride: settings.stride ?? 1,
        dilation: settings.dilation ?? 1,
        padding: settings.padding,
      },
    ],
  };
}

/** A dense layer with as many outputs as the convolution of the same settings has (1 if impossible). */
export function denseCounterpartSpec(settings: ConvLayerSettings): NetworkSpec {
  const sizes = networkSizes(convLayerSpec(settings));
  return {
    input: { size: settings.inputLength },
    layers: [{ kind: 'dense', units: sizes ? sizes[1][0] : 1 }],
  };
}

/**
 * A convolution and its dense counterpart for one set of settings, as two panels that share their
 * layer sizes; `convEdges` chooses whether the convolution's edges show which weight they use.
 */
export function convAndDensePanels(
  settings: ConvLayerSettings,
  convEdges: 'plain' | 'weights',
): PanelDefinition[] {
  return [
    {
      id: 'conv',
      title: { key: 'panel.conv', values: { kernel: settings.kernel } },
      spec: convLayerSpec(settings),
      letters: ['x', 's'],
      edgeStyle: convEdges,
    },
    { id: 'dense', title: { key: 'panel.dense' }, spec: denseCounterpartSpec(settings), letters: ['x', 's'] },
  ];
}

/** Figs. 9.2 and 9.3: a convolution beside a dense layer, one selection shared. */
export const sparseScene = defineScene({
  id: 'sparse',
  book: { section: '9.2', figures: ['9.2', '9.3'] },
  heading: 'sparse.heading',
  caption: 'sparse.caption',
  task: 'sparse.try',
  selectable: true,
  questions: { kinds: ['field', 'reach'] },
  // Fig. 9.2: x₃ and the outputs it reaches.
  asInTheBook: { selection: { layer: 0, index: 2 } },
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 1,
      maximum: 256,
      unitsAcross: true,
    },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 15 },
    stride: { kind: 'integer', label: 'controls.stride', minimum: 1, maximum: 8 },
    dilation: { kind: 'integer', label: 'controls.dilation', minimum: 1, maximum: 8 },
    padding: { kind: 'padding', label: 'controls.padding', maximum: 8 },
  },
  // The book's figure: five inputs, a kernel of width 3, outputs aligned with inputs.
  defaults: { inputLength: 5, kernel: 3, stride: 1, dilation: 1, padding: 'same' },
  panels: (params) => convAndDensePanels(params, 'plain'),
  repair: (params) => repairKernel(params, convLayerSpec),
});
