import type { ImageTransform, NetworkSpec, WindowGeometrySpec } from '../engine';
import { chosenKernel, EDGE_KERNEL_CHOICES, type EdgeKernel, MAX_CUSTOM_KERNEL } from './edgeKernels';
import { PLAYGROUND_PHOTOS } from './playground';
import { defineScene, type Text } from './sceneTypes';

/** The book's image size for fig. 9.6: 280 rows by 320 columns; the built-in photos are cropped to it. */
export const EDGES_IMAGE_SIZE: [number, number] = [280, 320];

/** Largest shift of the equivariance check, per axis, in pixels. */
export const MAX_SHIFT = 64;

/** The edge layer's window: the kernel's size, stride 1, no padding (fig. 9.6). */
export function edgeGeometry(kernel: EdgeKernel): WindowGeometrySpec {
  return { kernel: [...kernel.size] };
}

/** The edge layer on an image of `[height, width]`, as a network. */
export function edgeLayerSpec(imageSize: readonly number[], kernel: EdgeKernel): NetworkSpec {
  return {
    input: { size: [imageSize[0], imageSize[1]] },
    layers: [{ kind: 'conv', ...edgeGeometry(kernel) }],
  };
}

/** The equivariance check's transform from the settings: a rotation when `rotate` is set, else the shift. */
export function imageTransform(params: { rotate: number; shift: readonly number[] }): ImageTransform {
  return params.rotate !== 0
    ? { kind: 'rotate', degrees: params.rotate }
    : { kind: 'shift', dx: params.shift[0], dy: params.shift[1] };
}

/** Fig. 9.6: edge detection on a real photo, and what the same layer would cost as a dense one. */
export const edgesScene = defineScene({
  id: 'edges',
  book: { section: '9.2', figures: ['9.6'] },
  heading: 'edges.heading',
  caption: 'edges.caption',
  task: 'edges.try',
  selectable: true,
  // Which kernel made the map, and whether a shift or a rotation commutes with a kernel: turns that
  // do and do not leave a kernel unchanged, and shifts, which always commute.
  questions: {
    kinds: ['kernel', 'commute'],
    // The kernel question's map is made by a kernel it hides; the picker would name another.
    hides: { kernel: ['kernel'] },
    commuteCases: [
      { kernel: 'book', rotate: 0, shift: [12, 5] },
      { kernel: 'book', rotate: 180 },
      { kernel: 'laplacian', rotate: 90 },
      { kernel: 'laplacian', rotate: 45 },
      { kernel: 'sobel-x', rotate: 180 },
      { kernel: 'sobel-y', rotate: 0, shift: [-7, 9] },
      { kernel: 'box-blur', rotate: 90 },
      { kernel: 'box-blur', rotate: 30 },
      { kernel: 'sobel-x', rotate: 90 },
    ],
    commuteCase: (params) => {
      const kernel = chosenKernel(params.kernel, params.custom);
      return {
        domain: 'image',
        kernel: kernel.weights,
        size: kernel.size,
        transform: imageTransform(params),
      };
    },
    commuteText: (params) => {
      const transform: Text =
        params.rotate !== 0
          ? { key: 'predict.transform.rotateImage', values: { degrees: params.rotate } }
          : { key: 'predict.transform.shiftImage', values: { dx: params.shift[0], dy: params.shift[1] } };
      return { transform, kernel: { key: `edges.kernel.${params.kernel}` } };
    },
  },
  tracedByView: true,
  linkNote: 'edges.image.notInLink',
  // Fig. 9.6: [−1, 1] on the photo, the signed edge map (the defaults; the book's own photo is not ours to ship).
  asInTheBook: {},
  embedAllows: ['camera'],
  exportParts: [{ id: 'maps', label: 'edges.export.maps' }],
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
