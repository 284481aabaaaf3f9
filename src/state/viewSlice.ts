import type { StateCreator } from 'zustand';
import type { Language } from '../i18n';
import type { LabState } from './labState';
import type { Notice } from './notice';
import type { ThemeChoice } from './themeChoice';

/** A notice on screen, with an id to dismiss it by. */
export interface ShownNotice extends Notice {
  id: number;
}

/** How the page is shown: language, embed mode, and the notices on screen. */
export interface ViewSlice {
  language: Language;
  /** The one figure shown in embed mode, or null for the full page. */
  embed: string | null;
  /** The colours the link asked for, or null to follow the system. */
  theme: ThemeChoice | null;
  /** `figure`: the embedded figure is shown as a slide (its drawing, scaled to its frame). */
  view: 'figure' | null;
  notices: ShownNotice[];
  /** How many notices gave way to newer ones and are not shown (summarised as “and N more”). */
  noticesNotShown: number;
  /** The most recent of those, oldest first, for a reader who opens the summary. */
  noticesHidden: ShownNotice[];
  setLanguage(language: Language): void;
  /** Colours the page light, dark, or as the reader's system is set. */
  setTheme(theme: ThemeChoice): void;
  pushNotices(notices: Notice[]): void;
  dismissNotice(id: number): void;
  /** Forgets the notices that were not shown. */
  dismissNoticesNotShown(): void;
  /** Takes away a figure's notices on a topic, once what they were about is settled. */
  settleNotices(figure: string, topic: string): void;
}

/** Most notices kept on screen at once; older ones give way. */
const MAX_NOTICES = 6;
/** Most notices kept, beyond those on screen, for the reader who asks to see them. */
const MAX_HIDDEN_KEPT = 200;
let nextNoticeId = 1;

/** Creates the view slice. */
export const createViewSlice: StateCreator<LabState, [], [], ViewSlice> = (set) => ({
  language: 'en',
  embed: null,
  theme: null,
  view: null,
  notices: [],
  noticesNotShown: 0,
  noticesHidden: [],
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
  pushNotices: (notices) =>
    set((state) => {
      const replaced = (shown: Notice) =>
        shown.topic !== undefined &&
        notices.some((notice) => notice.topic === shown.topic && notice.figure === shown.figure);
      const all = [
        ...state.notices.filter((shown) => !replaced(shown)),
        ...notices.map((notice) => ({ ...notice, id: nextNoticeId++ })),
      ];
      const givenWay = all.slice(0, Math.max(0, all.length - MAX_NOTICES));
      return {
        notices: all.slice(-MAX_NOTICES),
        noticesNotShown: state.noticesNotShown + givenWay.length,
        noticesHidden: [...state.noticesHidden, ...givenWay].slice(-MAX_HIDDEN_KEPT),
      };
    }),
  dismissNoticesNotShown: () => set({ noticesNotShown: 0, noticesHidden: [] }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  settleNotices: (figure, topic) =>
    set((state) =>
      state.notices.some((notice) => notice.figure === figure && notice.topic === topic)
        ? { notices: state.notices.filter((notice) => notice.figure !== figure || notice.topic !== topic) }
        : state,
    ),
});
