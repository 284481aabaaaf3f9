import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import type { MessageKey, MessageValues, Translate } from '../i18n';
import { translate } from '../i18n';
import type { LabStore } from './createLabStore';
import type { LabState } from './labState';
import { selectLanguage } from './selectors';

/** Carries the store to the views. */
export const LabStoreContext = createContext<LabStore | null>(null);

/** The store itself, for actions that read state at event time. */
export function useLabStore(): LabStore {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLabStore must be used inside <LabStoreContext.Provider>.');
  return store;
}

/** Reads one value of the store through a selector; re-renders only when that value changes. */
export function useLab<T>(selector: (state: LabState) => T): T {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLab must be used inside <LabStoreContext.Provider>.');
  return useStore(store, selector);
}

/** The translate function for the page's current language; the same function until the language changes. */
export function useTranslate(): Translate {
  const language = useLab(selectLanguage);
  return useCallback(
    (key: MessageKey, values?: MessageValues) => translate(language, key, values),
    [language],
  );
}
