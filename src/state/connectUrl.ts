import type { FigureRegistry } from '../scenes';
import type { LabStore } from './createLabStore';
import type { LabState } from './labState';
import { encodeUrlState, type UrlState } from './urlCodec';

/** The part of the store a link carries. */
export function urlStateOf(state: LabState): UrlState {
  return {
    figures: Object.fromEntries(
      Object.entries(state.figures).map(([id, figure]) => [
        id,
        { params: figure.params, selection: figure.selection },
      ]),
    ),
    language: state.languageChosen ? state.language : null,
    embed: state.embed,
  };
}

/** How long the address bar waits for a burst of changes (clicks, a slider) to settle, in milliseconds. */
const WRITE_DELAY = 120;

/**
 * Mirrors the settings and selection of the figures of `registry`, and the chosen language, into
 * the address bar (replacing history), once a burst of changes settles, so writing the link never
 * delays the figure's answer to a click; a pending write is made at once when the page is hidden.
 * Returns a function that disconnects.
 */
export function connectUrl(
  store: LabStore,
  registry: FigureRegistry,
  location: Location,
  history: History,
): () => void {
  let written = location.search;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const query = encodeUrlState(urlStateOf(store.getState()), registry);
    if (query !== written) {
      written = query;
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
  };
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  };
  addEventListener('pagehide', flush);
  const unsubscribe = store.subscribe((state, previous) => {
    // Hovering changes the figures object often; only settings, selections and language reach the link.
    const figuresChanged =
      state.figures !== previous.figures &&
      Object.keys(state.figures).some(
        (id) =>
          state.figures[id].params !== previous.figures[id]?.params ||
          state.figures[id].selection !== previous.figures[id]?.selection,
      );
    if (
      !figuresChanged &&
      state.language === previous.language &&
      state.languageChosen === previous.languageChosen
    ) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY);
  });
  return () => {
    flush();
    unsubscribe();
    removeEventListener('pagehide', flush);
  };
}
