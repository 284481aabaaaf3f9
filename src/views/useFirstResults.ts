import { use } from 'react';
import { type LabState, type LabStore, useLabStore } from '../state';

/** How long a figure waits, hidden, for its first results before it shows itself computing. */
const LONGEST_WAIT_MS = 2000;

const waits = new WeakMap<LabStore, Map<string, Promise<void>>>();

/**
 * Suspends figure `figure`'s drawing until its first results are in the store (`ready`), so it
 * appears drawn, in the height it keeps, rather than as a line of "Computing…" that then grows and
 * pushes what is below. It waits no longer than {@link LONGEST_WAIT_MS}, nor once the figure's
 * settings are known to be impossible; after that, it never waits again.
 */
export function useFirstResults(figure: string, ready: (state: LabState) => boolean): void {
  const store = useLabStore();
  let figures = waits.get(store);
  if (!figures) {
    figures = new Map();
    waits.set(store, figures);
  }
  let wait = figures.get(figure);
  if (!wait) {
    if (ready(store.getState())) return;
    wait = new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const unsubscribe = store.subscribe((state) => {
        if (ready(state) || (state.issues[figure]?.length ?? 0) > 0) done();
      });
      const timer = setTimeout(done, LONGEST_WAIT_MS);
    });
    figures.set(figure, wait);
  }
  // Once a figure has waited, every later draw passes its (settled) wait to `use`, even with the
  // results in: React replays a drawing that suspended and expects the same calls in the same order.
  use(wait);
}
