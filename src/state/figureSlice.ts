import type { StateCreator } from 'zustand';
import { type FigureParams, type ParamValue, SCENES } from '../scenes';
import type { LabState } from './labState';
import { type Selection, sameUnit } from './selection';

/** One figure's own state: its settings (kept even when impossible), the selected and hovered unit. */
export interface FigureState {
  params: FigureParams;
  selection: Selection | null;
  /** The unit under the pointer, previewed instead of the selection while it lasts. */
  hover: Selection | null;
}

/** Every figure's state, by figure id, and the actions that change it. */
export interface FigureSlice {
  figures: Record<string, FigureState>;
  setParam(figure: string, key: string, value: ParamValue): void;
  resetFigure(figure: string): void;
  select(figure: string, selection: Selection | null): void;
  hover(figure: string, selection: Selection | null): void;
}

/** Each figure at its defaults, nothing selected. */
export function defaultFigures(): Record<string, FigureState> {
  return Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: { ...scene.defaults }, selection: null, hover: null }]),
  );
}

function update(state: LabState, figure: string, change: Partial<FigureState>): Pick<LabState, 'figures'> {
  const current = state.figures[figure];
  if (!current) throw new Error(`Unknown figure "${figure}".`);
  return { figures: { ...state.figures, [figure]: { ...current, ...change } } };
}

/** Creates the figure slice. */
export const createFigureSlice: StateCreator<LabState, [], [], FigureSlice> = (set) => ({
  figures: defaultFigures(),
  setParam: (figure, key, value) =>
    set((state) => update(state, figure, { params: { ...state.figures[figure].params, [key]: value } })),
  resetFigure: (figure) =>
    set((state) => {
      const scene = SCENES.find((item) => item.id === figure);
      return update(state, figure, { params: { ...scene?.defaults }, selection: null, hover: null });
    }),
  select: (figure, selection) => set((state) => update(state, figure, { selection, hover: null })),
  hover: (figure, selection) =>
    set((state) => {
      const current = state.figures[figure]?.hover;
      return sameUnit(current ?? null, selection) ? state : update(state, figure, { hover: selection });
    }),
});
