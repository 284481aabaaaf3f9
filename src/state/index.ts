export { type BoxOverlap, boxOverlap, type UnitBox } from './boxOverlap';
export { connectEngine, focusOf } from './connectEngine';
export { connectUrl, urlStateOf } from './connectUrl';
export type { LabStore } from './createLabStore';
export { createLabStore } from './createLabStore';
export { type EngineAccess, EngineContext, useEngine } from './EngineContext';
export { type FigureFileResult, figureFile, readFigureFile } from './figureFile';
export type { Attempt, FigureState, ParamChangeOptions, ParamEdit } from './figureSlice';
export { defaultFigures, EMPTY_ATTEMPT } from './figureSlice';
export {
  answerConnections,
  answersOnLayer,
  answerUnits,
  connectionKey,
  judgeMarks,
  type MarkJudgement,
} from './judgeMarks';
export { LabStoreContext, useLab, useLabStore, useTranslate } from './LabStoreContext';
export type { LabState } from './labState';
export type { Notice } from './notice';
export { keepNoticesForReload, takeNoticesKeptForReload } from './noticesAcrossReload';
export { percentDecode } from './percentDecode';
export { readAxisAnswer } from './readAxisAnswer';
export type { FigureComputed, PanelAnalysis, PanelField } from './resultsSlice';
export { panelKey } from './resultsSlice';
export type { Selection } from './selection';
export { refitSelection, sameUnit, selectionKey } from './selection';
export * from './selectors';
export { isThemeChoice, THEME_CHOICES, type ThemeChoice } from './themeChoice';
export type { UrlFigure, UrlState } from './urlCodec';
export { decodeUrlState, encodeUrlState, URL_VERSION } from './urlCodec';
export type { ShownNotice } from './viewSlice';
