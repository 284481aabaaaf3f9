import type { FigureSlice } from './figureSlice';
import type { ResultsSlice } from './resultsSlice';
import type { ViewSlice } from './viewSlice';

/** The whole store: the slices combined. */
export type LabState = FigureSlice & ViewSlice & ResultsSlice;
