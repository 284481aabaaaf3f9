import type { NetworkSpec } from '../engine';
import { repairKernel } from './repairKernel';
import { defineScene } from './sceneTypes';

/**
 * The counted layer: an input of `rows` rows of `inputLength` (one row: a signal; more: an image),
 * a kernel of width k along each row, no padding: m = rows · inputLength inputs and
 * n = rows · (inputLength − k + 1) outputs. Fig. 9.6 is 280 rows of 320 with k = 2.
 */
export function costLayerSpec(params: { inputLength: number; kernel: number; rows?: number }): NetworkSpec {
  const rows = params.rows ?? 1;
  return rows === 1
    ? { input: { size: params.inputLength }, layers: [{ kind: 'conv', kernel: params.kernel }] }
    : { input: { size: [rows, params.inputLength] }, layers: [{ kind: 'conv', kernel: [1, params.kernel] }] };
}

/** The cost in numbers: parameters and work for dense, locally connected and convolutional layers. */
export const costScene = defineScene({
  id: 'cost',
  book: { section: '9.2', figures: [] },
  heading: 'cost.heading',
  caption: 'cost.caption',
  task: 'cost.try',
  selectable: false,
  // Fig. 9.6's counts: the 320 × 280 photo and [−1, 1].
  asInTheBook: { params: { inputLength: 320, kernel: 2, rows: 280 } },
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 1,
      maximum: 1_000_000,
      control: 'number',
    },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 999, control: 'number' },
    rows: { kind: 'integer', label: 'controls.rows', minimum: 1, maximum: 10_000, control: 'number' },
  },
  defaults: { inputLength: 1000, kernel: 3, rows: 1 },
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
