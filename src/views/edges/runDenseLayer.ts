import { edgeCounts } from '../../engine';
import { type EdgeKernel, edgeGeometry } from '../../scenes';
import type { EngineAccess } from '../../state';
import type { GreyImage } from './greyImage';
import { createTimeLeft } from './timeLeft';

/** How far a dense run has come. */
export interface DenseProgress {
  /** Share of the outputs done, 0 … 1. */
  fraction: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
  /** Estimated milliseconds left, or null until there is enough to go on. */
  remainingMs: number | null;
}

/** A finished dense run. */
export interface DenseResult {
  /** The dense layer's outputs, row-major, as many as the convolution's. */
  values: Float32Array;
  /** Wall-clock milliseconds from start to the last answer. */
  wallMs: number;
  /** Milliseconds the workers spent computing, summed: the time one worker alone would take. */
  workMs: number;
  workers: number;
  multiplyAdds: number;
}

/** Workers a dense run uses: one per logical core the browser reports, at most 8. */
export function denseWorkers(): number {
  return Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
}

/**
 * Computes the edge layer of `image` as a dense layer, every matrix row generated on the fly, split
 * across `workers` workers of their own (the page's worker stays free for the figures). Aborting
 * `signal` rejects at once and terminates the workers.
 */
export async function runDenseLayer(
  engine: EngineAccess,
  image: GreyImage,
  kernel: EdgeKernel,
  options: { workers: number; signal: AbortSignal; onProgress(progress: DenseProgress): void },
): Promise<DenseResult> {
  const { outputs, inputs } = edgeCounts(image.size, kernel.size);
  const workers = Math.max(1, Math.min(options.workers, outputs));
  const clients = Array.from({ length: workers }, () => engine.spawn());
  const started = performance.now();
  const done = new Float64Array(workers);
  const bounds = Array.from({ length: workers + 1 }, (_, part) => Math.round((part * outputs) / workers));
  const timeLeft = createTimeLeft();
  const report = () => {
    const fraction =
      done.reduce((total, share, part) => total + share * (bounds[part + 1] - bounds[part]), 0) / outputs;
    const now = performance.now();
    options.onProgress({ fraction, elapsedMs: now - started, remainingMs: timeLeft.estimate(fraction, now) });
  };
  try {
    const answers = await Promise.all(
      clients.map((client, part) =>
        client.request(
          'denseRange',
          {
            input: image.values,
            inputSize: image.size,
            kernel: Float32Array.from(kernel.weights),
            geometry: edgeGeometry(kernel),
            first: bounds[part],
            end: bounds[part + 1],
          },
          {
            lane: null,
            signal: options.signal,
            onProgress: (fraction) => {
              done[part] = fraction;
              report();
            },
          },
        ),
      ),
    );
    const values = new Float32Array(outputs);
    let workMs = 0;
    answers.forEach((answer, part) => {
      if (!answer.ok) throw new Error(answer.issues.map((issue) => issue.message).join(' '));
      values.set(answer.values, bounds[part]);
      workMs += answer.elapsedMs;
    });
    return {
      values,
      wallMs: performance.now() - started,
      workMs,
      workers,
      multiplyAdds: outputs * inputs,
    };
  } finally {
    for (const client of clients) client.dispose();
  }
}
