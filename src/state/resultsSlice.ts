import type { StateCreator } from 'zustand';
import type { SpecIssue } from '../engine';
import type { EngineResponses } from '../worker';
import type { LabState } from './labState';

/** The figure's panels. */
export type PanelId = 'conv' | 'dense';

/** A successful analysis of one panel's network, tagged with the spec it answers. */
export type PanelAnalysis = Extract<EngineResponses['analyze'], { ok: true }> & { specKey: string };

/** A traced field for one panel, tagged with the spec and selection it answers. */
export interface PanelField {
  specKey: string;
  selectionKey: string;
  direction: 'receptive' | 'influence';
  masks: Uint8Array[];
}

/** What the engine has answered, per panel; views draw only answers that match the current state. */
export interface ResultsSlice {
  analyses: Record<PanelId, PanelAnalysis | null>;
  fields: Record<PanelId, PanelField | null>;
  /** Problems with the current settings (empty when they make a valid layer). */
  issues: SpecIssue[];
  setAnalysis(panel: PanelId, analysis: PanelAnalysis): void;
  setField(panel: PanelId, field: PanelField | null): void;
  setIssues(issues: SpecIssue[]): void;
}

/** Creates the results slice. */
export const createResultsSlice: StateCreator<LabState, [], [], ResultsSlice> = (set) => ({
  analyses: { conv: null, dense: null },
  fields: { conv: null, dense: null },
  issues: [],
  setAnalysis: (panel, analysis) => set((state) => ({ analyses: { ...state.analyses, [panel]: analysis } })),
  setField: (panel, field) => set((state) => ({ fields: { ...state.fields, [panel]: field } })),
  setIssues: (issues) => set({ issues }),
});
