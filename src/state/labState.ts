import type { NetworkSlice } from './networkSlice';
import type { ResultsSlice } from './resultsSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ViewSlice } from './viewSlice';

/** The whole store: the four slices combined. */
export type LabState = NetworkSlice & SelectionSlice & ViewSlice & ResultsSlice;
