/// <reference lib="webworker" />
import { collectTransferables } from './collectTransferables';
import { JobCancelled, type JobContext } from './cooperativeJob';
import { handleRequest } from './handleRequest';
import type { FromWorkerMessage, ToWorkerMessage } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const running = new Set<number>();
const cancelled = new Set<number>();
const yieldChannel = new MessageChannel();
const yieldQueue: (() => void)[] = [];
yieldChannel.port1.onmessage = () => yieldQueue.shift()?.();

function post(message: FromWorkerMessage): void {
  self.postMessage(message, collectTransferables(message));
}

async function run(message: Extract<ToWorkerMessage, { type: 'request' }>): Promise<void> {
  const context: JobContext = {
    reportProgress: (fraction) => post({ type: 'progress', id: message.id, fraction }),
    isCancelled: () => cancelled.has(message.id),
    yieldToEvents: () =>
      new Promise<void>((resolve) => {
        yieldQueue.push(resolve);
        yieldChannel.port2.postMessage(null);
      }),
  };
  running.add(message.id);
  try {
    // Messages already queued behind this one are read first: a job superseded or cancelled
    // before it began is dropped without using the worker.
    await context.yieldToEvents();
    if (cancelled.has(message.id)) throw new JobCancelled();
    post({ type: 'started', id: message.id });
    const result = await handleRequest(message.kind, message.payload, context);
    if (!cancelled.has(message.id)) post({ type: 'result', id: message.id, result });
  } catch (error) {
    if (error instanceof JobCancelled) post({ type: 'cancelled', id: message.id });
    else
      post({
        type: 'failed',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
      });
  } finally {
    running.delete(message.id);
    cancelled.delete(message.id);
  }
}

self.onmessage = (event: MessageEvent<ToWorkerMessage>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (running.has(message.id)) cancelled.add(message.id);
  } else void run(message);
};
