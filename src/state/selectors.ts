import type { LabState } from './labState';

/** The figure's settings. */
export const selectParams = (state: LabState) => state.params;
/** The selected unit, or null. */
export const selectSelection = (state: LabState) => state.selection;
/** The page language. */
export const selectLanguage = (state: LabState) => state.language;
/** Notices on screen. */
export const selectNotices = (state: LabState) => state.notices;
/** The convolution panel's analysis. */
export const selectConvAnalysis = (state: LabState) => state.analyses.conv;
/** The dense panel's analysis. */
export const selectDenseAnalysis = (state: LabState) => state.analyses.dense;
/** The convolution panel's traced field. */
export const selectConvField = (state: LabState) => state.fields.conv;
/** The dense panel's traced field. */
export const selectDenseField = (state: LabState) => state.fields.dense;
/** Problems with the current settings. */
export const selectIssues = (state: LabState) => state.issues;
/** Action: change one setting. */
export const selectSetParam = (state: LabState) => state.setParam;
/** Action: reset the figure. */
export const selectResetParams = (state: LabState) => state.resetParams;
/** Action: select a unit (or null). */
export const selectSelect = (state: LabState) => state.select;
/** Action: change the language. */
export const selectSetLanguage = (state: LabState) => state.setLanguage;
/** Action: dismiss a notice. */
export const selectDismissNotice = (state: LabState) => state.dismissNotice;
