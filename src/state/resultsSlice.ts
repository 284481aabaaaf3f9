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

/** What the engine has answered; views draw only answers that match the current state. */
export interface ResultsSlice {
  /** By panel key. */
  analyses: Record<string, PanelAnalysis>;
  /** By panel key. */
  fields: Record<string, PanelField | null>;
  /** Problems with each figure's current settings (empty when they make possible layers). */
  issues: Record<string, SpecIssue[]>;
  /** By figure id. */
  computed: Record<string, FigureComputed>;
}

/** Creates the results slice; the engine connection writes it with setState. */
export const createResultsSlice: StateCreator<LabState, [], [], ResultsSlice> = () => ({
  analyses: {},
  fields: {},
  issues: {},
  computed: {},
});
