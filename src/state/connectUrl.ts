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

/**
 * Mirrors the settings and selection of the figures of `registry`, and the chosen language, into
 * the address bar (replacing history). Returns a function that disconnects.
 */
export function connectUrl(
  store: LabStore,
  registry: FigureRegistry,
  location: Location,
  history: History,
): () => void {
  let written = location.search;
  return store.subscribe((state, previous) => {
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
    const query = encodeUrlState(urlStateOf(state), registry);
    if (query !== written) {
      written = query;
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
  });
}
