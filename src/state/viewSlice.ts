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
  /** Takes away a figure's notices on a topic, once what they were about is settled. */
  settleNotices(figure: string, topic: string): void;
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
    set((state) => {
      const replaced = (shown: Notice) =>
        shown.topic !== undefined &&
        notices.some((notice) => notice.topic === shown.topic && notice.figure === shown.figure);
      return {
        notices: [
          ...state.notices.filter((shown) => !replaced(shown)),
          ...notices.map((notice) => ({ ...notice, id: nextNoticeId++ })),
        ].slice(-MAX_NOTICES),
      };
    }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  settleNotices: (figure, topic) =>
    set((state) =>
      state.notices.some((notice) => notice.figure === figure && notice.topic === topic)
        ? { notices: state.notices.filter((notice) => notice.figure !== figure || notice.topic !== topic) }
        : state,
    ),
});
