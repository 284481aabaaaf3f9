import { describe, expect, test } from 'vitest';
import { traceInfluence, traceReceptiveField } from '../../src/engine';
import { SPARSE_DEFAULTS, sparseConvSpec } from '../../src/scenes/sparse';
import { connectEngine, createLabStore, type LabStore } from '../../src/state';
import { EngineClient } from '../../src/worker';
import { handleRequest } from '../../src/worker/handleRequest';
import type { FromWorkerMessage, ToWorkerMessage } from '../../src/worker/protocol';

/** A stand-in for a Worker that runs the real request handler in this process, one macrotask later. */
function inProcessWorker(): Worker {
  const worker = {
    onmessage: null as ((event: MessageEvent<FromWorkerMessage>) => void) | null,
    onerror: null,
    onmessageerror: null,
    terminate() {},
    postMessage(message: ToWorkerMessage) {
      if (message.type !== 'request') return;
      setTimeout(async () => {
        const result = await handleRequest(message.kind, message.payload, {
          reportProgress: () => {},
          isCancelled: () => false,
          yieldToEvents: () => Promise.resolve(),
        });
        worker.onmessage?.({
          data: { type: 'result', id: message.id, result },
        } as MessageEvent<FromWorkerMessage>);
      });
    },
  };
  return worker as unknown as Worker;
}

function until(store: LabStore, ready: (state: ReturnType<LabStore['getState']>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (ready(state)) {
        stop();
        resolve();
      }
    });
  });
}

function setup(selection: { layer: number; index: number } | null = null) {
  const store = createLabStore({ params: SPARSE_DEFAULTS, selection, language: 'en' }, 'en');
  const client = new EngineClient({ createWorker: inProcessWorker });
  const disconnect = connectEngine(store, client);
  const close = () => {
    disconnect();
    client.dispose();
  };
  return { store, close };
}

describe('connectEngine', () => {
  test('analyses both panels: the dense layer gets as many outputs as the convolution', async () => {
    const { store, close } = setup();
    await until(store, (state) => state.analyses.dense !== null);
    const { conv, dense } = store.getState().analyses;
    expect(conv?.sizes).toEqual([[5], [5]]);
    expect(dense?.sizes).toEqual([[5], [5]]);
    // Book fig. 9.2: kernel 3 → 3 weights; dense 5 × 5 = 25 weights.
    expect(conv?.counts.layers[1].asBuilt.weights).toBe(3);
    expect(dense?.counts.layers[1].asBuilt.weights).toBe(25);
    close();
  });

  test('selecting an output traces its receptive field in both panels, tagged with what it answers', async () => {
    const { store, close } = setup();
    await until(store, (state) => state.analyses.dense !== null);
    store.getState().select({ layer: 1, index: 2 });
    await until(store, (state) => state.fields.conv?.selectionKey === '1:2' && state.fields.dense !== null);
    const { fields } = store.getState();
    expect(fields.conv?.direction).toBe('receptive');
    expect(fields.conv?.masks).toEqual(traceReceptiveField(sparseConvSpec(SPARSE_DEFAULTS), 1, 2));
    expect([...(fields.dense?.masks[0] ?? [])]).toEqual([1, 1, 1, 1, 1]);
    close();
  });

  test('an impossible setting reports the issue and keeps the last possible figure and selection', async () => {
    const { store, close } = setup({ layer: 0, index: 2 });
    await until(store, (state) => state.fields.conv !== null);
    const before = store.getState().analyses.conv;
    store.getState().setParam('padding', 'valid');
    store.getState().setParam('kernel', 9);
    await until(store, (state) => state.issues.length > 0);
    const state = store.getState();
    expect(state.issues[0]).toMatchObject({ code: 'windowLargerThanInput', layer: 1 });
    expect(state.analyses.conv).toBe(before);
    expect(state.params.kernel).toBe(9);
    expect(state.selection).toEqual({ layer: 0, index: 2 });
    close();
  });

  test('shrinking the layer moves the selection to the last unit that still exists', async () => {
    const { store, close } = setup({ layer: 1, index: 4 });
    await until(store, (state) => state.fields.conv !== null);
    store.getState().setParam('padding', 'valid'); // 5 inputs, kernel 3 → 3 outputs
    await until(
      store,
      (state) => state.analyses.conv?.sizes[1][0] === 3 && state.fields.conv?.selectionKey === '1:2',
    );
    expect(store.getState().selection).toEqual({ layer: 1, index: 2 });
    const spec = {
      input: { size: 5 },
      layers: [{ kind: 'conv', kernel: 3, stride: 1, dilation: 1, padding: 'valid' }],
    };
    expect(store.getState().fields.conv?.masks).toEqual(traceReceptiveField(spec, 1, 2));
    expect(traceInfluence(spec, 0, 0)[1]).toEqual(Uint8Array.of(1, 0, 0));
    close();
  });
});
