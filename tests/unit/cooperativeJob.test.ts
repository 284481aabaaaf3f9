import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JobCancelled, type JobContext, runInChunks, runSteps } from '../../src/worker/cooperativeJob';
import { handleRequest } from '../../src/worker/handleRequest';
import type { EngineRequestKind } from '../../src/worker/protocol';

/** A job context that records progress and yields, and reports a cancel after `cancelAfterYields` yields. */
function recordingContext(cancelAfterYields = Number.POSITIVE_INFINITY) {
  const progress: number[] = [];
  let yields = 0;
  const context: JobContext = {
    reportProgress: (fraction) => progress.push(fraction),
    isCancelled: () => yields >= cancelAfterYields,
    yieldToEvents: async () => {
      yields += 1;
    },
  };
  return { context, progress, yields: () => yields };
}

describe('runInChunks', () => {
  test('covers the range exactly once, in order, in chunks no larger than asked; progress rises to 1', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(50),
        fc.nat(200),
        fc.integer({ min: 1, max: 40 }),
        async (first, length, chunk) => {
          const { context, progress, yields } = recordingContext();
          const seen: number[] = [];
          await runInChunks(context, { first, end: first + length, chunk }, (from, to) => {
            expect(to - from).toBeGreaterThan(0);
            expect(to - from).toBeLessThanOrEqual(chunk);
            for (let i = from; i < to; i += 1) seen.push(i);
          });
          expect(seen).toEqual(Array.from({ length }, (_, i) => first + i));
          const chunks = Math.ceil(length / chunk);
          // Without a throttle every chunk reports; a yield separates each chunk from the next.
          expect(progress).toHaveLength(chunks);
          expect(yields()).toBe(Math.max(0, chunks - 1));
          for (let i = 1; i < progress.length; i += 1) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
          if (length > 0) expect(progress.at(-1)).toBe(1);
        },
      ),
    );
  });

  test('a throttled run still reports the end', async () => {
    const { context, progress } = recordingContext();
    await runInChunks(context, { first: 0, end: 100, chunk: 10, progressMs: 60_000 }, () => {});
    expect(progress).toEqual([1]);
  });

  test('a cancel seen between chunks stops the work and throws JobCancelled', async () => {
    const { context } = recordingContext(2);
    const done: number[] = [];
    await expect(
      runInChunks(context, { first: 0, end: 100, chunk: 10 }, (from) => done.push(from)),
    ).rejects.toBeInstanceOf(JobCancelled);
    expect(done).toEqual([0, 10]);
  });
});

describe('runSteps', () => {
  function* counting(steps: number) {
    for (let i = 0; i < steps; i += 1) yield;
    return steps;
  }

  test('returns what the steps return, yielding between steps', async () => {
    const { context, yields } = recordingContext();
    await expect(runSteps(context, counting(5))).resolves.toBe(5);
    expect(yields()).toBe(5);
  });

  test('stops at a cancel', async () => {
    const { context } = recordingContext(3);
    await expect(runSteps(context, counting(10))).rejects.toBeInstanceOf(JobCancelled);
  });
});

describe('handleRequest', () => {
  test('the chunked convolution gives every output of a valid 3 × 3 cross-correlation (brute force), with progress to 1', async () => {
    const { context, progress } = recordingContext();
    const size = [300, 300];
    const input = Float32Array.from({ length: 300 * 300 }, (_, i) => Math.sin(i));
    const kernel = Float32Array.from([1, 0, -1, 2, 0, -2, 1, 0, -1]);
    const answer = await handleRequest(
      'correlate',
      { input, inputSize: size, kernel, geometry: { kernel: [3, 3] } },
      context,
    );
    if (!answer.ok) throw new Error('rejected');
    expect(answer.output.size).toEqual([298, 298]);
    const expected = new Float32Array(298 * 298);
    for (let row = 0; row < 298; row += 1)
      for (let col = 0; col < 298; col += 1) {
        let sum = 0;
        for (let i = 0; i < 3; i += 1)
          for (let j = 0; j < 3; j += 1) sum += input[(row + i) * 300 + col + j] * kernel[i * 3 + j];
        expected[row * 298 + col] = sum;
      }
    const worst = answer.output.values.reduce(
      (most, value, i) => Math.max(most, Math.abs(value - expected[i])),
      0,
    );
    expect(worst).toBeLessThan(1e-4);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
  });

  test('a kind the protocol does not have is refused by name', async () => {
    const { context } = recordingContext();
    await expect(
      handleRequest('toString' as EngineRequestKind, { sentAt: 0 } as never, context),
    ).rejects.toThrow('Unknown request kind toString');
  });
});
