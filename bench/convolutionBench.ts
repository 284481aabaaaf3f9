import { crossCorrelate } from '../src/engine';
import { EDGE_IMAGE_SIZE, seededImage, summarize, timeRuns } from './networks';

/**
 * The reference the budget is a ratio against: the plain nested loop anyone would write for a
 * stride-1 cross-correlation of a height × width image with a kh × kw kernel and `pad` zeros on
 * every side, bounds-checking every tap.
 */
function naiveCorrelate(
  input: Float32Array,
  height: number,
  width: number,
  kernel: Float32Array,
  kh: number,
  kw: number,
  pad: number,
): Float32Array {
  const outHeight = height + 2 * pad - kh + 1;
  const outWidth = width + 2 * pad - kw + 1;
  const output = new Float32Array(outHeight * outWidth);
  for (let row = 0; row < outHeight; row += 1) {
    for (let col = 0; col < outWidth; col += 1) {
      let total = 0;
      for (let i = 0; i < kh; i += 1) {
        for (let j = 0; j < kw; j += 1) {
          const r = row - pad + i;
          const c = col - pad + j;
          if (r >= 0 && r < height && c >= 0 && c < width) total += kernel[i * kw + j] * input[r * width + c];
        }
      }
      output[row * outWidth + col] = total;
    }
  }
  return output;
}

/** Largest absolute difference, so the bench shows both loops computed the same thing. */
function largestDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let largest = 0;
  for (let index = 0; index < a.length; index += 1)
    largest = Math.max(largest, Math.abs(a[index] - b[index]));
  return largest;
}

async function compare(
  height: number,
  width: number,
  kernel: Float32Array,
  kh: number,
  kw: number,
  pad: number,
) {
  const image = seededImage(height * width, 7);
  const geometry = { kernel: [kh, kw], padding: pad === 0 ? ('valid' as const) : ('same' as const) };
  const engine = () => crossCorrelate(image, [height, width], kernel, geometry).values;
  const naive = () => naiveCorrelate(image, height, width, kernel, kh, kw, pad);
  // Interleave the two so that a slow patch of the machine hits both alike.
  const engineSamples: number[] = [];
  const naiveSamples: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    engineSamples.push(...(await timeRuns(engine, 12, 3)));
    naiveSamples.push(...(await timeRuns(naive, 12, 3)));
  }
  const engineMs = summarize(engineSamples);
  const naiveMs = summarize(naiveSamples);
  return {
    image: [height, width],
    kernel: [kh, kw],
    engineMs,
    naiveMs,
    ratio: Math.round((engineMs.median / naiveMs.median) * 1000) / 1000,
    budgetRatio: 0.35,
    largestDifference: largestDifference(engine(), naive()),
  };
}

/** The two convolution budgets: the engine against a naive loop, in one run. */
export async function runConvolutionBench() {
  const [height, width] = EDGE_IMAGE_SIZE;
  return {
    edge280x320: await compare(height, width, Float32Array.of(-1, 1), 1, 2, 0),
    same3x3at224: await compare(224, 224, seededImage(9, 3), 3, 3, 1),
  };
}
