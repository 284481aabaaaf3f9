import type { LayerSpec, NetworkSpec } from '../engine';
import { repairKernel } from './repairKernel';
import type { PaddingChoice } from './sceneTypes';
import { defineScene } from './sceneTypes';

/** Letters for the layers of the stack, input first: x, h, g as in fig. 9.4, then onwards. */
export const DEEP_LETTERS = ['x', 'h', 'g', 'f', 'e', 'd'];

/** The settings of the fig. 9.4 stack. */
export interface DeepStackSettings {
  inputLength: number;
  depth: number;
  kernel: number;
  padding: PaddingChoice;
  stride: boolean;
  pool: boolean;
  dilation: boolean;
}

/**
 * The stack of fig. 9.4 from its settings: `depth` convolutions of width `kernel`; the toggles add
 * a stride of 2 to the second layer, a 2-wide max-pool after the first, and dilations 1, 2, 4 …
 * (each layer doubling, as in WaveNet) so the growth can be compared.
 */
export function deepStackSpec(params: DeepStackSettings): NetworkSpec {
  const layers: LayerSpec[] = [];
  for (let layer = 0; layer < params.depth; layer += 1) {
    layers.push({
      kind: 'conv',
      kernel: params.kernel,
      stride: params.stride && layer === 1 ? 2 : 1,
      dilation: params.dilation ? 2 ** layer : 1,
      padding: params.padding,
    });
    if (params.pool && layer === 0) layers.push({ kind: 'pool', op: 'max', kernel: 2, stride: 2 });
  }
  return { input: { size: params.inputLength }, layers };
}

/** Letters for a stack: pooling layers are named p, every other layer takes the next letter. */
export function deepLetters(spec: NetworkSpec): string[] {
  const letters = ['x'];
  let next = 1;
  for (const layer of spec.layers) {
    if (layer.kind === 'pool') letters.push('p');
    else letters.push(DEEP_LETTERS[next++] ?? 'z');
  }
  return letters;
}

/** Fig. 9.4: deeper units see more of the input, faster with stride, pooling or dilation. */
export const deepScene = defineScene({
  id: 'deep',
  book: { section: '9.2', figures: ['9.4'] },
  heading: 'deep.heading',
  caption: 'deep.caption',
  task: 'deep.try',
  selectable: true,
  questions: { kinds: ['field', 'reach', 'size'] },
  // Fig. 9.4: x₁ … x₅ under two 'same' layers of width 3, and g₃'s field.
  asInTheBook: { params: { inputLength: 5, depth: 2 }, selection: { layer: 2, index: 2 } },
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 2,
      maximum: 64,
      unitsAcross: true,
    },
    depth: { kind: 'integer', label: 'controls.depth', minimum: 2, maximum: 5 },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 7 },
    padding: { kind: 'padding', label: 'controls.padding', maximum: 0 },
    stride: { kind: 'toggle', label: 'controls.addStride' },
    pool: { kind: 'toggle', label: 'controls.addPool' },
    dilation: { kind: 'toggle', label: 'controls.addDilation' },
  },
  defaults: {
    inputLength: 13,
    depth: 3,
    kernel: 3,
    padding: 'same',
    stride: false,
    pool: false,
    dilation: false,
  },
  panels: (params) => {
    const spec = deepStackSpec(params);
    return [{ id: 'stack', title: { key: 'panel.stack' }, spec, letters: deepLetters(spec) }];
  },
  repair: (params) => repairKernel(params, deepStackSpec),
});
