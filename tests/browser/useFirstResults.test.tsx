import { startTransition, useCallback, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { LabStoreContext } from '../../src/state';
import { useFirstResults } from '../../src/views/useFirstResults';
import { createDefaultStore } from './defaultStore';
import { waitFor } from './waitFor';

/** Brings the figure's results in a moment after the page starts drawing, as a quick worker does. */
function ResultsArriving(props: { arrive: () => void }) {
  queueMicrotask(props.arrive);
  return null;
}

/** Whether the drawing's effects have run: React reports what it recovered from before that. */
let committed = false;

/** A drawing that waits for its first results, then uses hooks of its own, as every figure does. */
function Drawing() {
  useFirstResults('sparse', (state) => state.language === 'zh');
  const label = useCallback(() => 'drawn', []);
  useEffect(() => {
    committed = true;
  }, []);
  return <p data-drawing="">{label()}</p>;
}

// React replays a drawing that suspended in a concurrent render once what it waited for arrives,
// and expects the same calls in the same order: a wait that is skipped on the replay (the results
// being in by then) broke it with "update hook called on initial render", which React recovered
// from by drawing the page again, and logged.
test('a figure that waited for its first results is drawn on the replay without an error', async () => {
  const store = createDefaultStore();
  const errors: unknown[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  // Outside StrictMode, as the built page runs: StrictMode's second render in development hides it.
  const root = createRoot(container, { onRecoverableError: (error) => errors.push(error) });
  startTransition(() =>
    root.render(
      <LabStoreContext.Provider value={store}>
        <ResultsArriving arrive={() => store.getState().setLanguage('zh')} />
        <Drawing />
      </LabStoreContext.Provider>,
    ),
  );
  await waitFor(() => committed);
  expect(container.textContent).toBe('drawn');
  expect(errors).toEqual([]);
  root.unmount();
  container.remove();
});
