import type { StateCreator } from 'zustand';
import type { LabState } from './labState';
import type { Selection } from './selection';

/** The selected unit, shared by every panel of the figure. */
export interface SelectionSlice {
  selection: Selection | null;
  select(selection: Selection | null): void;
}

/** Creates the selection slice. */
export const createSelectionSlice: StateCreator<LabState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
});
