import type { StateCreator } from 'zustand';
import { SPARSE_DEFAULTS, type SparseFigureParams } from '../scenes/sparse';
import type { LabState } from './labState';

/** The network the learner is editing: the figure's settings, kept even when they are impossible. */
export interface NetworkSlice {
  params: SparseFigureParams;
  setParam<K extends keyof SparseFigureParams>(key: K, value: SparseFigureParams[K]): void;
  resetParams(): void;
}

/** Creates the network slice. */
export const createNetworkSlice: StateCreator<LabState, [], [], NetworkSlice> = (set) => ({
  params: SPARSE_DEFAULTS,
  setParam: (key, value) => set((state) => ({ params: { ...state.params, [key]: value } })),
  resetParams: () => set({ params: SPARSE_DEFAULTS, selection: null }),
});
