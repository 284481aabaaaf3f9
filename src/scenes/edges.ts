import type { NetworkSpec } from '../engine';
import { chosenKernel, EDGE_KERNEL_CHOICES, type EdgeKernel, MAX_CUSTOM_KERNEL } from './edgeKernels';
import { PLAYGROUND_PHOTOS } from './playground';
import { defineScene } from './sceneTypes';

/** The book's image size for fig. 9.6: 280 rows by 320 columns; the built-in photos are cropped to it. */
export const EDGES_IMAGE_SIZE: [number, number] = [280, 320];

/** Largest shift of the equivariance check, per axis, in pixels. */
export const MAX_SHIFT = 64;

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
  book: { section: '9.2', figures: ['9.6'] },
  heading: 'edges.heading',
  caption: 'edges.caption',
  task: 'edges.try',
  selectable: true,
  tracedByView: true,
  linkNote: 'edges.image.notInLink',
  params: {
    image: {
      kind: 'choice',
      label: 'controls.photo',
      options: PLAYGROUND_PHOTOS,
      optionPrefix: 'controls.photo',
    },
    kernel: {
      kind: 'choice',
      label: 'edges.kernel',
      options: EDGE_KERNEL_CHOICES,
      optionPrefix: 'edges.kernel',
    },
    abs: { kind: 'toggle', label: 'edges.abs' },
    /** The kernel of one's own, used when `kernel` is `custom`. */
    custom: {
      kind: 'matrix',
      maxRows: MAX_CUSTOM_KERNEL,
      maxCols: MAX_CUSTOM_KERNEL,
      minimum: -100,
      maximum: 100,
    },
    /** The shift (dx, dy) of the equivariance check, in pixels. */
    shift: { kind: 'integers', length: 2, minimum: -MAX_SHIFT, maximum: MAX_SHIFT },
    /** The equivariance check's rotation in degrees; 0 checks the shift. */
    rotate: { kind: 'hidden-integer', minimum: 0, maximum: 359 },
  },
  defaults: {
    image: 'chelsea',
    kernel: 'book',
    abs: false,
    custom: [[-1, 1]],
    shift: [12, 5],
    rotate: 0,
  },
  panels: (params) => [
    {
      id: 'edges',
      title: { key: 'edges.panel' },
      spec: edgeLayerSpec(EDGES_IMAGE_SIZE, chosenKernel(params.kernel, params.custom)),
      letters: ['x', 'y'],
      connections: false,
    },
  ],
  // Every photo and kernel fits: nothing to repair.
  repair: (params) => ({ params, changes: [] }),
});
