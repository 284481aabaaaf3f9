import { describe, expect, test } from 'vitest';
import { traceInfluence, traceReceptiveField } from '../../src/engine';
import { SCENES, sceneById } from '../../src/figures';
import { convLayerSpec, type DeepStackSettings, deepStackSpec } from '../../src/scenes';
import {
  connectEngine,
  createLabStore,
  type LabStore,
  type PanelField,
  panelKey,
  selectionKey,
  type UrlState,
} from '../../src/state';
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

function setup(change: (figures: UrlState['figures']) => void = () => {}) {
  const figures = Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: { ...scene.defaults }, selection: null }]),
  );
  change(figures);
  const store = createLabStore(
    SCENES,
    { figures, language: 'en', embed: null, theme: null, view: null },
    'en',
  );
  const client = new EngineClient({ createWorker: inProcessWorker });
  const disconnect = connectEngine(store, client, SCENES);
  const close = () => {
    disconnect();
    client.dispose();
  };
  return { store, close };
}

/** The unit a traced field answers, as `"<layer>:<index>"`, or null for no field. */
const focusKey = (field: PanelField | null | undefined) => (field ? selectionKey(field.focus) : null);

const conv = panelKey('sparse', 'conv');
const dense = panelKey('sparse', 'dense');

describe('connectEngine', () => {
  test('analyses both panels: the dense layer gets as many outputs as the convolution', async () => {
    const { store, close } = setup();
    await until(store, (state) => state.analyses[dense] !== undefined);
    const { analyses } = store.getState();
    expect(analyses[conv].sizes).toEqual([[5], [5]]);
    expect(analyses[dense].sizes).toEqual([[5], [5]]);
    // Book fig. 9.2: kernel 3 → 3 weights; dense 5 × 5 = 25 weights.
    expect(analyses[conv].counts.layers[1].asBuilt.weights).toBe(3);
    expect(analyses[dense].counts.layers[1].asBuilt.weights).toBe(25);
    close();
  });

  test('selecting an output traces its receptive field in both panels, tagged with what it answers', async () => {
    const { store, close } = setup();
    await until(store, (state) => state.analyses[dense] !== undefined);
    store.getState().select('sparse', { layer: 1, index: 2 });
    await until(
      store,
      (state) => focusKey(state.fields[conv]) === '1:2' && focusKey(state.fields[dense]) === '1:2',
    );
    const { fields } = store.getState();
    expect(fields[conv]?.masks).toEqual(
      traceReceptiveField(convLayerSpec({ inputLength: 5, kernel: 3, padding: 'same' }), 1, 2),
    );
    expect([...(fields[dense]?.masks[0] ?? [])]).toEqual([1, 1, 1, 1, 1]);
    close();
  });

  test('a unit in the middle of a stack gets its field below and its influence above', async () => {
    const { store, close } = setup();
    const stack = panelKey('deep', 'stack');
    await until(store, (state) => state.analyses[stack] !== undefined);
    store.getState().select('deep', { layer: 2, index: 6 });
    await until(store, (state) => focusKey(state.fields[stack]) === '2:6');
    const spec = deepStackSpec(sceneById('deep')?.defaults as unknown as DeepStackSettings);
    const below = traceReceptiveField(spec, 2, 6);
    const above = traceInfluence(spec, 2, 6);
    expect(store.getState().fields[stack]?.masks).toEqual([below[0], below[1], below[2], above[3]]);
    close();
  });

  test('hovering previews a field without changing the selection; leaving returns to the selection', async () => {
    const { store, close } = setup((figures) => {
      figures.sparse.selection = { layer: 1, index: 0 };
    });
    await until(store, (state) => focusKey(state.fields[conv]) === '1:0');
    store.getState().hover('sparse', { layer: 0, index: 4 });
    await until(store, (state) => focusKey(state.fields[conv]) === '0:4');
    expect(store.getState().figures.sparse.selection).toEqual({ layer: 1, index: 0 });
    store.getState().hover('sparse', null);
    await until(store, (state) => focusKey(state.fields[conv]) === '1:0');
    close();
  });

  test('an impossible setting reports the issue and keeps the last possible figure and selection', async () => {
    const { store, close } = setup((figures) => {
      figures.sparse.selection = { layer: 0, index: 2 };
    });
    await until(store, (state) => state.fields[conv] !== undefined && state.fields[conv] !== null);
    const before = store.getState().analyses[conv];
    store.getState().setParam('sparse', 'padding', 'valid');
    store.getState().setParam('sparse', 'kernel', 9);
    await until(store, (state) => (state.issues.sparse ?? []).length > 0);
    const state = store.getState();
    expect(state.issues.sparse[0]).toMatchObject({ code: 'windowLargerThanInput', layer: 1 });
    expect(state.analyses[conv]).toBe(before);
    expect(state.figures.sparse.params.kernel).toBe(9);
    expect(state.figures.sparse.selection).toEqual({ layer: 0, index: 2 });
    close();
  });

  test('shrinking the layer moves the selection to the last unit that still exists', async () => {
    const { store, close } = setup((figures) => {
      figures.sparse.selection = { layer: 1, index: 4 };
    });
    await until(store, (state) => focusKey(state.fields[conv]) === '1:4');
    store.getState().setParam('sparse', 'padding', 'valid'); // 5 inputs, kernel 3 → 3 outputs
    await until(
      store,
      (state) => state.analyses[conv]?.sizes[1][0] === 3 && focusKey(state.fields[conv]) === '1:2',
    );
    expect(store.getState().figures.sparse.selection).toEqual({ layer: 1, index: 2 });
    close();
  });

  test('the equivariance experiment lands in the store for the current settings', async () => {
    const { store, close } = setup();
    await until(store, (state) => state.computed.equivariance !== undefined);
    const computed = store.getState().computed.equivariance;
    expect(computed).toMatchObject({ kind: 'equivariance', result: { maxInteriorDifference: 0 } });
    store.getState().setParam('equivariance', 'transform', 'stretch');
    await until(store, (state) => state.computed.equivariance?.key.includes('stretch') === true);
    const stretched = store.getState().computed.equivariance;
    expect(stretched.kind).toBe('equivariance');
    expect(stretched.kind === 'equivariance' && stretched.result.maxInteriorDifference).toBeGreaterThan(0);
    close();
  });
});
