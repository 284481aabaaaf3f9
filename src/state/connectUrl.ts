import type { LabStore } from './createLabStore';
import { encodeUrlState } from './urlCodec';

/** Mirrors the settings, selection and chosen language into the address bar (replacing, not pushing, history). */
export function connectUrl(store: LabStore, location: Location, history: History): () => void {
  return store.subscribe((state, previous) => {
    if (
      state.params === previous.params &&
      state.selection === previous.selection &&
      state.language === previous.language &&
      state.languageChosen === previous.languageChosen
    ) {
      return;
    }
    const query = encodeUrlState({
      params: state.params,
      selection: state.selection,
      language: state.languageChosen ? state.language : null,
    });
    if (query !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  });
}
