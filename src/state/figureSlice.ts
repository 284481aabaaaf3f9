import type { StateCreator } from 'zustand';
import type { FigureParams, FigureRegistry, ParamValue } from '../scenes';
import type { LabState } from './labState';
import { refitSelection, type Selection, sameUnit } from './selection';

/** One recorded change of a figure's settings: the values it replaced and the values it set. */
export interface ParamEdit {
  before: FigureParams;
  after: FigureParams;
  /** The field the edit came from, when later edits of that field may join it (see `coalesce`). */
  field?: string;
  /** When the edit was last extended, in ms since the epoch. */
  at: number;
}

/** One figure's own state: its settings (kept even when impossible), the selected and hovered unit. */
export interface FigureState {
  params: FigureParams;
  selection: Selection | null;
  /** The unit under the pointer, previewed instead of the selection while it lasts. */
  hover: Selection | null;
  /** Recorded edits that undo can take back, oldest first. */
  past: ParamEdit[];
  /** Edits undone that redo can apply again, the next one last. */
  future: ParamEdit[];
}

/** How a change of settings is made. */
export interface ParamChangeOptions {
  /** Record the change so undo can take it back (the network editor's edits). */
  record?: boolean;
  /**
   * The field being edited: a recorded change of the same field soon after the last one joins it
   * as one undo step, so typing 1, 12, 128 into a box is taken back at once.
   */
  coalesce?: string;
}

/** Every figure's state, by figure id, and the actions that change it. */
export interface FigureSlice {
  figures: Record<string, FigureState>;
  setParam(figure: string, key: string, value: ParamValue): void;
  /** Changes several settings of a figure at once. */
  setParams(figure: string, change: FigureParams, options?: ParamChangeOptions): void;
  /** Takes back the last recorded change of a figure's settings, if any. */
  undo(figure: string): void;
  /** Applies again the last change undone, if any. */
  redo(figure: string): void;
  resetFigure(figure: string): void;
  select(figure: string, selection: Selection | null): void;
  hover(figure: string, selection: Selection | null): void;
  /**
   * Keeps a figure's selection on a unit of layers of these sizes: the one at the same row and column
   * of the same layer (sizes `previous` were the ones it was chosen in), clamped to the layer.
   */
  fitSelection(
    figure: string,
    sizes: readonly (readonly number[])[],
    previous?: readonly (readonly number[])[],
  ): void;
}

/** Most recorded edits kept per figure. */
const MAX_HISTORY = 100;

/** Longest pause between edits of one field that still makes them one undo step, in ms. */
const COALESCE_MS = 1500;

/** Each figure of a registry at its defaults, nothing selected. */
export function defaultFigures(registry: FigureRegistry): Record<string, FigureState> {
  return Object.fromEntries(
    registry.map((scene) => [
      scene.id,
      { params: { ...scene.defaults }, selection: null, hover: null, past: [], future: [] },
    ]),
  );
}

function update(state: LabState, figure: string, change: Partial<FigureState>): Pick<LabState, 'figures'> {
  const current = state.figures[figure];
  if (!current) throw new Error(`Unknown figure "${figure}".`);
  return { figures: { ...state.figures, [figure]: { ...current, ...change } } };
}

/** The values `change` replaces in `params`. */
function replaced(params: FigureParams, change: FigureParams): FigureParams {
  return Object.fromEntries(Object.keys(change).map((key) => [key, params[key]]));
}

/** Creates the figure slice for the figures of `registry`. */
export function createFigureSlice(registry: FigureRegistry): StateCreator<LabState, [], [], FigureSlice> {
  return (set) => {
    const setParams = (figure: string, change: FigureParams, options: ParamChangeOptions = {}) =>
      set((state) => {
        const current = state.figures[figure];
        const params = { ...current.params, ...change };
        if (!options.record) return update(state, figure, { params });
        const at = Date.now();
        const last = current.past.at(-1);
        const joins =
          options.coalesce !== undefined &&
          current.future.length === 0 &&
          last?.field === options.coalesce &&
          at - last.at <= COALESCE_MS;
        const edit: ParamEdit = joins
          ? {
              before: { ...replaced(current.params, change), ...last.before },
              after: { ...last.after, ...change },
              field: last.field,
              at,
            }
          : { before: replaced(current.params, change), after: change, field: options.coalesce, at };
        const kept = joins ? current.past.slice(0, -1) : current.past;
        return update(state, figure, {
          params,
          past: [...kept, edit].slice(-MAX_HISTORY),
          future: [],
        });
      });
    return {
      figures: defaultFigures(registry),
      setParam: (figure, key, value) => setParams(figure, { [key]: value }),
      setParams,
      undo: (figure) =>
        set((state) => {
          const current = state.figures[figure];
          const edit = current.past.at(-1);
          if (!edit) return state;
          return update(state, figure, {
            params: { ...current.params, ...edit.before },
            past: current.past.slice(0, -1),
            future: [...current.future, edit],
          });
        }),
      redo: (figure) =>
        set((state) => {
          const current = state.figures[figure];
          const edit = current.future.at(-1);
          if (!edit) return state;
          return update(state, figure, {
            params: { ...current.params, ...edit.after },
            past: [...current.past, edit],
            future: current.future.slice(0, -1),
          });
        }),
      resetFigure: (figure) =>
        set((state) => {
          const scene = registry.find((item) => item.id === figure);
          if (!scene) throw new Error(`Unknown figure "${figure}".`);
          const current = state.figures[figure];
          const edit: ParamEdit = { before: current.params, after: { ...scene.defaults }, at: Date.now() };
          return update(state, figure, {
            params: { ...scene.defaults },
            selection: null,
            hover: null,
            past: [...current.past, edit].slice(-MAX_HISTORY),
            future: [],
          });
        }),
      select: (figure, selection) => set((state) => update(state, figure, { selection, hover: null })),
      hover: (figure, selection) =>
        set((state) => {
          const current = state.figures[figure]?.hover;
          return sameUnit(current ?? null, selection) ? state : update(state, figure, { hover: selection });
        }),
      fitSelection: (figure, sizes, previous) =>
        set((state) => {
          const { selection } = state.figures[figure];
          if (!selection) return state;
          const fitted = refitSelection(selection, sizes, previous);
          return fitted === selection ? state : update(state, figure, { selection: fitted, hover: null });
        }),
    };
  };
}
