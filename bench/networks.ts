import type { LayerSpec, NetworkSpec } from '../src/engine';

const conv3 = (channels: number): LayerSpec => ({ kind: 'conv', kernel: 3, padding: 'same', channels });
const pool2: LayerSpec = { kind: 'pool', op: 'max', kernel: 2 };

/**
 * A 20-layer 2D network on a 224×224 RGB input: VGG-16's thirteen 3×3 convolutions and five 2×2
 * max-pools (Simonyan & Zisserman 2015, configuration D), then a dilated 3×3 and a 1×1 convolution.
 */
export const DEEP_2D_NETWORK: NetworkSpec = {
  input: { size: [224, 224], channels: 3 },
  layers: [
    conv3(64),
    conv3(64),
    pool2,
    conv3(128),
    conv3(128),
    pool2,
    conv3(256),
    conv3(256),
    conv3(256),
    pool2,
    conv3(512),
    conv3(512),
    conv3(512),
    pool2,
    conv3(512),
    conv3(512),
    conv3(512),
    pool2,
    { kind: 'conv', kernel: 3, dilation: 2, padding: 'same', channels: 512 },
    { kind: 'conv', kernel: 1, channels: 256 },
  ],
};

/** The book's fig. 9.6 image size: 280 rows by 320 columns. */
export const EDGE_IMAGE_SIZE: [number, number] = [280, 320];

/** A reproducible image of `length` pixels in [0, 1) from a linear congruential generator. */
export function seededImage(length: number, seed: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  });
}

/** Median and 95th percentile of samples, in the samples' unit. */
export function summarize(samples: number[]): { median: number; p95: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}

/**
 * Runs `work` `runs` times after `warmup` unmeasured runs; returns milliseconds per run. With
 * `batch` > 1 each sample times that many runs in a row and divides, for work shorter than the
 * clock's resolution (browsers coarsen performance.now() to 0.1 ms).
 */
export async function timeRuns(work: () => unknown, runs: number, warmup = 3, batch = 1): Promise<number[]> {
  for (let run = 0; run < warmup; run += 1) await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (let repeat = 0; repeat < batch; repeat += 1) await work();
    samples.push((performance.now() - started) / batch);
  }
  return samples;
}
