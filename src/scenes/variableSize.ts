import { repairKernel } from './repairKernel';
import { defineScene } from './sceneTypes';
import { type ConvLayerSettings, convAndDensePanels, convLayerSpec } from './sparse';

function sameLayer(params: { inputLength: number; kernel: number }): ConvLayerSettings {
  return { inputLength: params.inputLength, kernel: params.kernel, stride: 1, dilation: 1, padding: 'same' };
}

/** Inputs of any size: the same k weights serve every length; a dense layer needs a new m × n matrix. */
export const variableSizeScene = defineScene({
  id: 'variable',
  book: { section: '9.2', figures: [] },
  heading: 'variable.heading',
  caption: 'variable.caption',
  task: 'variable.try',
  selectable: true,
  questions: { kinds: ['field', 'reach'] },
  // The text's point holds at any length: the defaults.
  asInTheBook: {},
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 1,
      maximum: 24,
      unitsAcross: true,
    },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 5 },
  },
  defaults: { inputLength: 6, kernel: 3 },
  panels: (params) => convAndDensePanels(sameLayer(params), 'weights'),
  repair: (params) => {
    const repaired = repairKernel(sameLayer(params), convLayerSpec);
    return {
      params: { inputLength: repaired.params.inputLength, kernel: repaired.params.kernel },
      changes: repaired.changes,
    };
  },
});
