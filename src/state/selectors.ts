import type { FigureId, FigureParamsOf } from '../figures';
import type { LabState } from './labState';

/** The page language. */
export const selectLanguage = (state: LabState) => state.language;
/** Whether the embedded figure is shown as a slide. */
export const selectSlideView = (state: LabState) => state.view === 'figure';
/** The figure shown alone in embed mode, or null. */
export const selectEmbed = (state: LabState) => state.embed;
/** Notices on screen. */
export const selectNotices = (state: LabState) => state.notices;
export const selectNoticesNotShown = (state: LabState) => state.noticesNotShown;
export const selectNoticesHidden = (state: LabState) => state.noticesHidden;
export const selectDismissNoticesNotShown = (state: LabState) => state.dismissNoticesNotShown;
/** The colours chosen for the page, or null to follow the system. */
export const selectTheme = (state: LabState) => state.theme;
/** Action: colour the page light, dark or as the system is set. */
export const selectSetTheme = (state: LabState) => state.setTheme;
/** Action: change the language. */
export const selectSetLanguage = (state: LabState) => state.setLanguage;
/** Action: dismiss a notice. */
export const selectDismissNotice = (state: LabState) => state.dismissNotice;
/** Action: change one setting of a figure. */
export const selectSetParam = (state: LabState) => state.setParam;
/** Action: change several settings of a figure at once, optionally recorded for undo. */
export const selectSetParams = (state: LabState) => state.setParams;
/** Action: take back a figure's last recorded change. */
export const selectUndo = (state: LabState) => state.undo;
/** Action: apply again a figure's last change undone. */
export const selectRedo = (state: LabState) => state.redo;
/** Action: reset a figure. */
export const selectResetFigure = (state: LabState) => state.resetFigure;
/** Action: select a unit of a figure (or null). */
export const selectSelect = (state: LabState) => state.select;
/** Action: preview a unit of a figure under the pointer (or null). */
export const selectHover = (state: LabState) => state.hover;

/** One figure's settings, typed by the figure's own definitions. */
export const selectFigureParams =
  <Id extends FigureId>(figure: Id) =>
  (state: LabState) =>
    state.figures[figure].params as FigureParamsOf<Id>;
/**
 * Whether a figure asks a question not yet checked: what would give its answer away (a chart of
 * r, the uses of a weight, a weight matrix) stays out of the page until the student checks.
 */
export const selectAwaitingCheck = (figure: string) => (state: LabState) =>
  state.figures[figure].question !== null && state.figures[figure].attempt.checked === 0;
/** One figure's selected unit. */
export const selectFigureSelection = (figure: string) => (state: LabState) => state.figures[figure].selection;
/** How many changes of a figure undo and redo can take back and apply again. */
export const selectHistoryDepth = (figure: string) => (state: LabState) =>
  `${state.figures[figure].past.length}:${state.figures[figure].future.length}`;
/** Problems with one figure's settings. */
export const selectFigureIssues = (figure: string) => (state: LabState) => state.issues[figure];
/** One panel's analysis, by panel key. */
export const selectAnalysis = (key: string) => (state: LabState) => state.analyses[key];
/** One panel's traced field, by panel key. */
export const selectField = (key: string) => (state: LabState) => state.fields[key];
/** One figure's experiment result. */
export const selectComputed = (figure: string) => (state: LabState) => state.computed[figure];
