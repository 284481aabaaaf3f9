import type { NetworkSpec } from '../engine';
import { EDGE_KERNEL_IDS, EDGE_KERNELS, type EdgeKernel } from './edgeKernels';
import { PLAYGROUND_PHOTOS } from './playground';
import { defineScene } from './sceneTypes';

/** The book's image size for fig. 9.6: 280 rows by 320 columns; the built-in photos are cropped to it. */
export const EDGES_IMAGE_SIZE: [number, number] = [280, 320];

/** The edge layer on an image of `[height, width]`: one kernel, stride 1, no padding. */
export function edgeLayerSpec(imageSize: readonly number[], kernel: EdgeKernel): NetworkSpec {
  return {
    input: { size: [imageSize[0], imageSize[1]] },
    layers: [{ kind: 'conv', kernel: [...kernel.size] }],
  };
}

/** Fig. 9.6: edge detection on a real photo, and what the same layer would cost as a dense one. */
export const edgesScene = defineScene({
  id: 'edges',
  bookFigures: '9.6',
  heading: 'edges.heading',
  caption: 'edges.caption',
  selectable: true,
  params: {
    image: {
      kind: 'choice',
      label: 'controls.photo',
      options: PLAYGROUND_PHOTOS,
      optionPrefix: 'controls.photo',
    },
    kernel: { kind: 'choice', label: 'edges.kernel', options: EDGE_KERNEL_IDS, optionPrefix: 'edges.kernel' },
    abs: { kind: 'toggle', label: 'edges.abs' },
  },
  defaults: { image: 'chelsea', kernel: 'book', abs: false },
  panels: (params) => [
    {
      id: 'edges',
      title: { key: 'edges.panel' },
      spec: edgeLayerSpec(EDGES_IMAGE_SIZE, EDGE_KERNELS[params.kernel]),
      letters: ['x', 'y'],
      connections: false,
    },
  ],
  // Every photo and kernel fits: nothing to repair.
  repair: (params) => ({ params, changes: [] }),
});
