import { networkSizes } from './networkSizes';
import { repairKernel } from './repairKernel';
import { defineScene, type Text } from './sceneTypes';
import { type ConvLayerSettings, convAndDensePanels, convLayerSpec } from './sparse';

function sharingLayer(params: { inputLength: number; kernel: number }): ConvLayerSettings {
  return { inputLength: params.inputLength, kernel: params.kernel, stride: 1, dilation: 1, padding: 'same' };
}

/** Fig. 9.5: one kernel weight used at every position (conv) against one use (dense). */
export const sharingScene = defineScene({
  id: 'sharing',
  book: { section: '9.2', figures: ['9.5'] },
  heading: 'sharing.heading',
  caption: 'sharing.caption',
  task: 'sharing.try',
  selectable: true,
  questions: { kinds: ['weight', 'field', 'reach'] },
  // Fig. 9.5: the middle weight of a 3-wide kernel over five inputs (the defaults).
  asInTheBook: {},
  params: {
    inputLength: {
      kind: 'integer',
      label: 'controls.inputLength',
      minimum: 2,
      maximum: 32,
      unitsAcross: true,
    },
    kernel: { kind: 'integer', label: 'controls.kernel', minimum: 1, maximum: 7 },
    flip: { kind: 'toggle', label: 'controls.flip' },
    weight: { kind: 'hidden-integer', minimum: 0, maximum: 6 },
  },
  // The book marks the middle weight of a 3-wide kernel.
  defaults: { inputLength: 5, kernel: 3, flip: false, weight: 1 },
  panels: (params) => {
    const [conv, dense] = convAndDensePanels(sharingLayer(params), 'weights');
    return [{ ...conv, flipKernel: params.flip }, dense];
  },
  repair: (params) => {
    const repaired = repairKernel(sharingLayer(params), convLayerSpec);
    const kernel = repaired.params.kernel;
    const changes: Text[] = [...repaired.changes];
    let weight = params.weight;
    if (weight >= kernel) {
      changes.push({ key: 'notice.url.badWeight', values: { value: weight + 1, fallback: kernel } });
      weight = kernel - 1;
    }
    const sizes = networkSizes(convLayerSpec(repaired.params));
    return {
      params: { inputLength: sizes ? sizes[0][0] : params.inputLength, kernel, flip: params.flip, weight },
      changes,
    };
  },
});
