import { resolveSingleLayer } from './resolveSingleLayer';

/** What one valid, stride-1 convolution of an image costs, counted as §9.2 counts fig. 9.6. */
export interface EdgeCounts {
  /** Input pixels, H · W. */
  inputs: number;
  /** Output extent, [H − kh + 1, W − kw + 1]. */
  outputSize: number[];
  /** Output units, (H − kh + 1)(W − kw + 1). */
  outputs: number;
  /** Kernel taps, kh · kw. */
  taps: number;
  /** Floating-point operations of the convolution: taps multiplications and taps − 1 additions per output. */
  convFlops: number;
  /** Entries of the same layer written as one matrix: inputs × outputs. */
  denseEntries: number;
  /** Operations of that matrix product, counted as the book counts them: a multiplication and an addition per entry. */
  denseFlops: number;
  /** denseFlops / convFlops. */
  flopsRatio: number;
  /** Non-zeros of the layer's matrix stored sparsely: taps per output. */
  sparseNonzeros: number;
}

/**
 * The counts of fig. 9.6 for an image of `[height, width]` and a kernel of `[kh, kw]` (no padding,
 * stride 1); at 280 × 320 with [−1, 1] they are the book's 89,320 outputs, 267,960 operations
 * against 16,006,144,000, and 178,640 non-zeros. Throws RangeError when the kernel does not fit.
 */
export function edgeCounts(imageSize: readonly number[], kernelSize: readonly number[]): EdgeCounts {
  const [height, width] = imageSize;
  const [kh, kw] = kernelSize;
  if (![height, width, kh, kw].every((value) => Number.isInteger(value) && value >= 1)) {
    throw new RangeError('Image and kernel sizes must be whole numbers of at least 1.');
  }
  if (kh > height || kw > width) throw new RangeError('The kernel is larger than the image.');
  const inputs = height * width;
  const outputSize = resolveSingleLayer([height, width], { kind: 'conv', kernel: [kh, kw] }).size;
  const outputs = outputSize[0] * outputSize[1];
  const taps = kh * kw;
  const convFlops = outputs * (2 * taps - 1);
  const denseEntries = inputs * outputs;
  const denseFlops = 2 * denseEntries;
  return {
    inputs,
    outputSize,
    outputs,
    taps,
    convFlops,
    denseEntries,
    denseFlops,
    flopsRatio: denseFlops / convFlops,
    sparseNonzeros: outputs * taps,
  };
}
