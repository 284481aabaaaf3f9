import { randomSource, seedOf } from '../engine';

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

/** The picker's choices: the preset kernels, then a kernel of one's own (up to 5 × 5). */
export const EDGE_KERNEL_CHOICES = [...(Object.keys(EDGE_KERNELS) as EdgeKernelId[]), 'custom'] as const;

/** Largest custom kernel, per axis. */
export const MAX_CUSTOM_KERNEL = 5;

/** A kernel written as rows of weights (as a link carries a custom one) as an {@link EdgeKernel}. */
export function kernelFromRows(rows: readonly (readonly number[])[]): EdgeKernel {
  return { size: [rows.length, rows[0]?.length ?? 0], weights: rows.flat() };
}

/** The kernel a choice names: a preset, or `custom` for the given rows. */
export function chosenKernel(choice: string, custom: readonly (readonly number[])[]): EdgeKernel {
  return choice === 'custom'
    ? kernelFromRows(custom)
    : (EDGE_KERNELS[choice as EdgeKernelId] ?? EDGE_KERNELS.book);
}

/** The kernels a "which kernel made this map?" question chooses among. */
export const QUESTION_KERNELS: readonly EdgeKernelId[] = Object.keys(EDGE_KERNELS) as EdgeKernelId[];

/**
 * The kernel that kernel question number `question` hides: drawn from the number's seed, so a link
 * names the question without saying which kernel it is.
 */
export function questionKernel(question: number): EdgeKernelId {
  return QUESTION_KERNELS[Math.floor(randomSource(seedOf(`kernel|${question}`))() * QUESTION_KERNELS.length)];
}
