import { collectTransferables } from './collectTransferables';
import { EngineRequestError } from './engineErrors';
import type {
  EngineRequestKind,
  EngineRequests,
  EngineResponses,
  FromWorkerMessage,
  ToWorkerMessage,
} from './protocol';

/** How the client makes and supervises its worker. */
export interface EngineClientOptions {
  /** Makes a fresh worker; called at start and after every crash or hang. */
  createWorker: () => Worker;
  /** Milliseconds a request may run without any message (result or progress) before the worker counts as hung. */
  hangTimeoutMs?: number;
  /** How many times a request is re-sent to a replacement worker after a crash. */
  maxRetries?: number;
  /** Told each time the worker is replaced, so the page can show a short notice. */
  onWorkerReplaced?: (reason: 'crashed' | 'hung') => void;
}

/** Per-request options. */
export interface RequestOptions {
  /** Aborting rejects the request with reason 'aborted' and asks the worker to stop it. */
  signal?: AbortSignal;
  /** Progress of long jobs, 0…1. */
  onProgress?: (fraction: number) => void;
  /**
   * Requests in the same lane replace each other: the latest wins and older answers are dropped.
   * Defaults to the request kind; `null` opts out.
   */
  lane?: string | null;
  /**
   * Move the payload's typed arrays to the worker instead of copying them. The caller loses them,
   * so such a request cannot be retried after a crash: it is rejected instead.
   */
  transfer?: boolean;
}

interface Pending {
  kind: EngineRequestKind;
  payload: EngineRequests[EngineRequestKind];
  options: RequestOptions;
  lane: string | null;
  attempts: number;
  resolve: (value: never) => void;
  reject: (error: EngineRequestError) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
  removeAbortListener: () => void;
}

/**
 * The page's only door to the engine: typed requests with ids to a web worker; the latest request
 * of a lane wins; stale answers are dropped; a crashed or hung worker is replaced and its requests
 * retried or reported.
 */
export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly lanes = new Map<string, number>();
  private readonly options: Required<Omit<EngineClientOptions, 'onWorkerReplaced'>> &
    Pick<EngineClientOptions, 'onWorkerReplaced'>;
  private disposed = false;

  constructor(options: EngineClientOptions) {
    this.options = { hangTimeoutMs: 15_000, maxRetries: 1, ...options };
    this.worker = this.startWorker();
  }

  /** Sends one request; resolves with the engine's answer or rejects with an {@link EngineRequestError}. */
  request<K extends EngineRequestKind>(
    kind: K,
    payload: EngineRequests[K],
    options: RequestOptions = {},
  ): Promise<EngineResponses[K]> {
    if (this.disposed)
      return Promise.reject(new EngineRequestError('disposed', 'The engine client was disposed.'));
    const id = this.nextId++;
    const lane = options.lane === undefined ? kind : options.lane;
    return new Promise<EngineResponses[K]>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new EngineRequestError('aborted', 'The request was aborted before it started.'));
        return;
      }
      const onAbort = () =>
        this.finish(id, new EngineRequestError('aborted', 'The request was aborted.'), true);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const entry: Pending = {
        kind,
        payload,
        options,
        lane,
        attempts: 0,
        resolve: resolve as (value: never) => void,
        reject,
        timer: undefined,
        removeAbortListener: () => options.signal?.removeEventListener('abort', onAbort),
      };
      if (lane !== null) {
        const previous = this.lanes.get(lane);
        if (previous !== undefined) {
          this.finish(
            previous,
            new EngineRequestError('superseded', 'A newer request replaced this one.'),
            true,
          );
        }
        this.lanes.set(lane, id);
      }
      this.pending.set(id, entry);
      this.send(id, entry);
    });
  }

  /** Requests still waiting for an answer. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Stops the worker and rejects everything pending. */
  dispose(): void {
    this.disposed = true;
    for (const id of [...this.pending.keys()]) {
      this.finish(id, new EngineRequestError('disposed', 'The engine client was disposed.'), false);
    }
    this.worker.terminate();
  }

  private startWorker(): Worker {
    const worker = this.options.createWorker();
    // Events a replaced worker had already queued must not touch its successor.
    const current = () => worker === this.worker;
    worker.onmessage = (event: MessageEvent<FromWorkerMessage>) => {
      if (current()) this.receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (current()) this.replaceWorker('crashed');
    };
    worker.onmessageerror = () => {
      if (current()) this.replaceWorker('crashed');
    };
    return worker;
  }

  private send(id: number, entry: Pending): void {
    entry.attempts += 1;
    const message: ToWorkerMessage = { type: 'request', id, kind: entry.kind, payload: entry.payload };
    // The hang timer starts when the worker starts the job (its 'started'), not while it waits its turn.
    clearTimeout(entry.timer);
    this.worker.postMessage(message, entry.options.transfer ? collectTransferables(entry.payload) : []);
  }

  private armTimer(id: number, entry: Pending): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.onHang(id), this.options.hangTimeoutMs);
  }

  private receive(message: FromWorkerMessage): void {
    const entry = this.pending.get(message.id);
    if (!entry) return; // A stale answer: its request was superseded, aborted or already settled.
    switch (message.type) {
      case 'started':
        this.armTimer(message.id, entry);
        return;
      case 'progress':
        this.armTimer(message.id, entry);
        entry.options.onProgress?.(message.fraction);
        return;
      case 'result':
        this.settle(message.id);
        entry.resolve(message.result as never);
        return;
      case 'cancelled':
        this.finish(message.id, new EngineRequestError('aborted', 'The worker stopped the request.'), false);
        return;
      case 'failed':
        this.finish(message.id, new EngineRequestError('failed', message.message), false);
        return;
    }
  }

  private onHang(id: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.finish(
      id,
      new EngineRequestError('hung', `The engine did not answer within ${this.options.hangTimeoutMs} ms.`),
      false,
    );
    this.replaceWorker('hung');
  }

  private replaceWorker(reason: 'crashed' | 'hung'): void {
    if (this.disposed) return;
    const failed = this.worker;
    failed.onmessage = null;
    failed.onmessageerror = null;
    // Errors it had already queued are part of the failure just handled: keep them quiet.
    failed.onerror = (event) => event.preventDefault();
    failed.terminate();
    this.worker = this.startWorker();
    this.options.onWorkerReplaced?.(reason);
    for (const [id, entry] of [...this.pending]) {
      if (entry.options.transfer || entry.attempts > this.options.maxRetries) {
        this.finish(
          id,
          new EngineRequestError('crashed', 'The engine worker stopped while working on this request.'),
          false,
        );
      } else {
        this.send(id, entry);
      }
    }
  }

  /** Removes a request from the books without settling it. */
  private settle(id: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.removeAbortListener();
    this.pending.delete(id);
    if (entry.lane !== null && this.lanes.get(entry.lane) === id) this.lanes.delete(entry.lane);
  }

  private finish(id: number, error: EngineRequestError, tellWorker: boolean): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.settle(id);
    if (tellWorker) this.worker.postMessage({ type: 'cancel', id } satisfies ToWorkerMessage);
    entry.reject(error);
  }
}
