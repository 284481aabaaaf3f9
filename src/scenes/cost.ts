import type { NetworkSpec } from '../engine';
import { repairKernel } from './repairKernel';
import { defineScene } from './sceneTypes';

/** The counted layer: m inputs, a kernel of width k, no padding, so n = m − k + 1 outputs. */
export function costLayerSpec(params: { inputLength: number; kernel: number }): NetworkSpec {
  return {
    input: { size: params.inputLength },
    layers: [{ kind: 'conv', kernel: params.kernel }],
  };
}

/** The cost in numbers: parameters and work for dense, locally connected and convolutional layers. */
export const costScene = defineScene({
  id: 'cost',
  book: { section: '9.2', figures: [] },
  heading: 'cost.heading',
  caption: 'cost.caption',
  task: 'cost.try',
  selectable: false,
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 1,
      maximum: 1_000_000,
      control: 'number',
    },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 999, control: 'number' },
  },
  defaults: { inputLength: 1000, kernel: 3 },
  panels: (params) => [
    {
      id: 'layer',
      title: { key: 'panel.conv', values: { kernel: params.kernel } },
      spec: costLayerSpec(params),
      letters: ['x', 's'],
      connections: false,
    },
  ],
  repair: (params) => repairKernel(params, costLayerSpec),
});
