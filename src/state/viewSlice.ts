import type { StateCreator } from 'zustand';
import type { Language } from '../i18n';
import type { LabState } from './labState';
import type { Notice } from './notice';

/** A notice on screen, with an id to dismiss it by. */
export interface ShownNotice extends Notice {
  id: number;
}

/** How the page is shown: language, embed mode, and the notices on screen. */
export interface ViewSlice {
  language: Language;
  /** True once the language came from the user or the link rather than the browser. */
  languageChosen: boolean;
  /** The one figure shown in embed mode, or null for the full page. */
  embed: string | null;
  notices: ShownNotice[];
  setLanguage(language: Language): void;
  pushNotices(notices: Notice[]): void;
  dismissNotice(id: number): void;
}

/** Most notices kept on screen at once; older ones give way. */
const MAX_NOTICES = 6;
let nextNoticeId = 1;

/** Creates the view slice. */
export const createViewSlice: StateCreator<LabState, [], [], ViewSlice> = (set) => ({
  language: 'en',
  languageChosen: false,
  embed: null,
  notices: [],
  setLanguage: (language) => set({ language, languageChosen: true }),
  pushNotices: (notices) =>
    set((state) => ({
      notices: [...state.notices, ...notices.map((notice) => ({ ...notice, id: nextNoticeId++ }))].slice(
        -MAX_NOTICES,
      ),
    })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
