/** A kernel of the edge figure: its extent `[rows, cols]` and its weights, row-major. */
export interface EdgeKernel {
  size: [number, number];
  weights: readonly number[];
}

const NINTH = 1 / 9;

/**
 * The kernels the edge figure offers, applied as cross-correlation (as the book's fig. 9.6 and
 * every framework do): `book` is [−1, 1], each pixel minus its neighbour on the left.
 */
export const EDGE_KERNELS = {
  book: { size: [1, 2], weights: [-1, 1] },
  flipped: { size: [1, 2], weights: [1, -1] },
  'sobel-x': { size: [3, 3], weights: [-1, 0, 1, -2, 0, 2, -1, 0, 1] },
  'sobel-y': { size: [3, 3], weights: [-1, -2, -1, 0, 0, 0, 1, 2, 1] },
  laplacian: { size: [3, 3], weights: [0, 1, 0, 1, -4, 1, 0, 1, 0] },
  'box-blur': { size: [3, 3], weights: Array.from({ length: 9 }, () => NINTH) },
} as const satisfies Record<string, EdgeKernel>;

/** The id of a kernel of {@link EDGE_KERNELS}. */
export type EdgeKernelId = keyof typeof EDGE_KERNELS;

/** The ids of the kernels, in the order the picker lists them. */
export const EDGE_KERNEL_IDS = Object.keys(EDGE_KERNELS) as EdgeKernelId[];
