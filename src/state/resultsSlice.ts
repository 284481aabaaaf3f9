import type { StateCreator } from 'zustand';
import type { SpecIssue } from '../engine';
import type { PanelDefinition } from '../scenes';
import type { EngineResponses } from '../worker';
import type { LabState } from './labState';
import type { Selection } from './selection';

/** A successful analysis of one panel's network, with the panel it draws and the spec it answers. */
export type PanelAnalysis = Extract<EngineResponses['analyze'], { ok: true }> & {
  specKey: string;
  panel: PanelDefinition;
};

/**
 * A traced field for one panel, tagged with the spec and the unit (`focus`) it answers: masks of
 * the layers below the unit's layer hold its receptive field, masks above it its influence.
 */
export interface PanelField {
  specKey: string;
  focus: Selection;
  masks: Uint8Array[];
}

/** The answer to a figure's experiment, tagged with the settings it answers. */
export type FigureComputed =
  | { key: string; kind: 'equivariance'; result: EngineResponses['equivariance'] }
  | { key: string; kind: 'fitComparison'; result: EngineResponses['fitComparison'] };

/** Key of one panel's results: `"<figure>/<panel>"`. */
export function panelKey(figure: string, panel: string): string {
  return `${figure}/${panel}`;
}

/** What the engine has answered, and the actions that store its answers; views draw only answers that match the current state. */
export interface ResultsSlice {
  /** By panel key: the last possible network of each panel. */
  analyses: Record<string, PanelAnalysis>;
  /** By panel key. */
  fields: Record<string, PanelField | null>;
  /** Problems with each figure's current settings (empty when they make possible layers). */
  issues: Record<string, SpecIssue[]>;
  /** By figure id. */
  computed: Record<string, FigureComputed>;
  /** Stores the analyses of a figure's panels, which also clears the figure's issues. */
  receiveAnalyses(figure: string, analyses: readonly PanelAnalysis[]): void;
  /** Stores why a figure's settings are impossible; its last analyses stay drawn. */
  receiveIssues(figure: string, issues: SpecIssue[]): void;
  /** Stores traced fields (or null for none) by panel id, for one figure. */
  receiveFields(figure: string, fields: Record<string, PanelField | null>): void;
  /** Stores a figure's experiment result. */
  receiveComputed(figure: string, computed: FigureComputed): void;
}

/** Creates the results slice. */
export const createResultsSlice: StateCreator<LabState, [], [], ResultsSlice> = (set) => ({
  analyses: {},
  fields: {},
  issues: {},
  computed: {},
  receiveAnalyses: (figure, analyses) =>
    set((state) => {
      const next = { ...state.analyses };
      for (const analysis of analyses) next[panelKey(figure, analysis.panel.id)] = analysis;
      return { analyses: next, issues: { ...state.issues, [figure]: [] } };
    }),
  receiveIssues: (figure, issues) => set((state) => ({ issues: { ...state.issues, [figure]: issues } })),
  receiveFields: (figure, fields) =>
    set((state) => {
      const next = { ...state.fields };
      for (const [panel, field] of Object.entries(fields)) next[panelKey(figure, panel)] = field;
      return { fields: next };
    }),
  receiveComputed: (figure, computed) =>
    set((state) => ({ computed: { ...state.computed, [figure]: computed } })),
});
