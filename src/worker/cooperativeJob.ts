/** What a running job may do besides computing: report progress, and learn it was cancelled. */
export interface JobContext {
  reportProgress(fraction: number): void;
  isCancelled(): boolean;
  /** Lets other messages (a cancel) arrive; resolves on the next macrotask. */
  yieldToEvents(): Promise<void>;
}

/** Thrown inside a job that noticed its cancellation. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

/**
 * Runs `work(from, to)` over `[first, end)` in chunks of `chunk` items. Before each chunk it looks
 * for a cancel (throwing `JobCancelled`); between chunks it yields so a cancel message can arrive.
 * Progress, the share of the range done, is reported after a chunk when `progressMs` have passed
 * since the last report, and always after the last chunk. Returns the milliseconds spent in `work`.
 */
export async function runInChunks(
  context: JobContext,
  range: { first: number; end: number; chunk: number; progressMs?: number },
  work: (from: number, to: number) => void,
): Promise<number> {
  const { first, end, chunk, progressMs = 0 } = range;
  let workMs = 0;
  let reported = performance.now();
  for (let from = first; from < end; from += chunk) {
    if (context.isCancelled()) throw new JobCancelled();
    const to = Math.min(from + chunk, end);
    const started = performance.now();
    work(from, to);
    const now = performance.now();
    workMs += now - started;
    if (now - reported >= progressMs || to === end) {
      context.reportProgress((to - first) / (end - first));
      reported = now;
    }
    if (to < end) await context.yieldToEvents();
  }
  return workMs;
}

/** Takes an engine's steps one at a time until it returns, yielding between steps and stopping when cancelled. */
export async function runSteps<T>(context: JobContext, steps: Iterator<unknown, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (context.isCancelled()) throw new JobCancelled();
    await context.yieldToEvents();
  }
}
