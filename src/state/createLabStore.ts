import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../i18n';
import type { FigureRegistry } from '../scenes';
import type { FiguresState } from './figureSlice';
import { createFigureSlice } from './figureSlice';
import type { LabState } from './labState';
import { createResultsSlice } from './resultsSlice';
import type { UrlState } from './urlCodec';
import { createViewSlice } from './viewSlice';

/** The store type the app and tests share. */
export type LabStore = StoreApi<LabState>;

/**
 * Creates a store for the figures of `registry` from the slices, starting from a decoded link and
 * the browser's language.
 */
export function createLabStore(
  registry: FigureRegistry,
  initial: UrlState,
  browserLanguage: Language,
): LabStore {
  const store = createStore<LabState>()((...args) => ({
    ...createFigureSlice(registry)(...args),
    ...createViewSlice(...args),
    ...createResultsSlice(...args),
  }));
  store.setState((state) => ({
    figures: Object.fromEntries(
      Object.entries(state.figures).map(([id, figure]) => [
        id,
        {
          ...figure,
          params: initial.figures[id]?.params ?? figure.params,
          selection: initial.figures[id]?.selection ?? null,
          question: initial.figures[id]?.question ?? null,
        },
      ]),
    ) as FiguresState,
    language: initial.language ?? browserLanguage,
    embed: initial.embed,
    theme: initial.theme,
    view: initial.view,
  }));
  return store;
}
