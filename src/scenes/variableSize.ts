import { repairKernel } from './repairKernel';
import type { FigureParams, SceneDefinition } from './sceneTypes';
import { convAndDensePanels, convLayerSpec } from './sparse';

function sameParams(params: FigureParams): FigureParams {
  return { ...params, stride: 1, dilation: 1, padding: 'same' };
}

/** Inputs of any size: the same k weights serve every length; a dense layer needs a new m × n matrix. */
export const variableSizeScene: SceneDefinition = {
  id: 'variable',
  bookFigures: null,
  heading: 'variable.heading',
  caption: 'variable.caption',
  selectable: true,
  params: {
    inputLength: { kind: 'integer', label: 'controls.inputLength', minimum: 1, maximum: 24 },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 5 },
  },
  defaults: { inputLength: 6, kernel: 3 },
  panels: (params) => convAndDensePanels(sameParams(params), 'weights'),
  repair: (params) => {
    const repaired = repairKernel(sameParams(params), convLayerSpec);
    return {
      params: { inputLength: repaired.params.inputLength, kernel: repaired.params.kernel },
      changes: repaired.changes,
    };
  },
};
