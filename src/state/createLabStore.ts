import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../i18n';
import type { LabState } from './labState';
import { createNetworkSlice } from './networkSlice';
import { createResultsSlice } from './resultsSlice';
import { createSelectionSlice } from './selectionSlice';
import type { UrlState } from './urlCodec';
import { createViewSlice } from './viewSlice';

/** The store type the app and tests share. */
export type LabStore = StoreApi<LabState>;

/** Creates a store from the slices, starting from a decoded link and the browser's language. */
export function createLabStore(initial: UrlState, browserLanguage: Language): LabStore {
  const store = createStore<LabState>()((...args) => ({
    ...createNetworkSlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(...args),
    ...createResultsSlice(...args),
  }));
  store.setState({
    params: initial.params,
    selection: initial.selection,
    language: initial.language ?? browserLanguage,
    languageChosen: initial.language !== null,
  });
  return store;
}
