import { expect, test } from 'vitest';
import { App } from '../../src/App';
import { SCENES } from '../../src/figures';
import { connectEngine, LabStoreContext } from '../../src/state';
import { EngineClient } from '../../src/worker';
import { createDefaultStore, defaultFigures } from './defaultStore';
import { createStrictRoot } from './strictRoot';
import { waitFor } from './waitFor';

test('when the worker crashes the page says so briefly, and the figure and selection survive', async () => {
  const figures = defaultFigures();
  figures.sparse = {
    params: { ...figures.sparse.params, inputLength: 6 },
    selection: { layer: 1, index: 1 },
  };
  const store = createDefaultStore(figures);
  let created = 0;
  const client = new EngineClient({
    createWorker: () =>
      created++ === 0
        ? new Worker(new URL('./fixtures/crashingWorker.ts', import.meta.url), { type: 'module' })
        : new Worker(new URL('../../src/worker/engine.worker.ts', import.meta.url), { type: 'module' }),
    onWorkerReplaced: (reason) =>
      store
        .getState()
        .pushNotices([
          { key: reason === 'hung' ? 'notice.worker.hung' : 'notice.worker.crashed', values: {} },
        ]),
  });
  const disconnect = connectEngine(store, client, SCENES);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createStrictRoot(container);
  root.render(
    <LabStoreContext.Provider value={store}>
      <App />
    </LabStoreContext.Provider>,
  );
  try {
    const sparse = () => container.querySelector('[data-figure="sparse"]') as HTMLElement;
    await waitFor(
      () => sparse()?.querySelectorAll('svg[data-panel="conv"] [data-field="receptive"]').length === 3,
    );
    // The notices' texts are their own chunk, fetched when the first notice comes: on a cold
    // start it can arrive after the new worker has already answered.
    await waitFor(() => container.querySelector('[data-notice="notice.worker.crashed"]') !== null);
    expect(container.querySelector('[data-notice="notice.worker.crashed"]')?.textContent).toContain(
      'The computing engine stopped and was restarted.',
    );
    expect(sparse().querySelectorAll('svg[data-panel="conv"] [data-unit^="0:"]')).toHaveLength(6);
    expect(store.getState().figures.sparse.selection).toEqual({ layer: 1, index: 1 });
    expect(created).toBe(2);
    // One crash, one notice, however many requests the crashed worker held.
    expect(store.getState().notices.filter((notice) => notice.key === 'notice.worker.crashed')).toHaveLength(
      1,
    );
  } finally {
    root.unmount();
    container.remove();
    disconnect();
    client.dispose();
  }
});
