import type { StateCreator } from 'zustand';
import {
  type FigureParams,
  type FigureRegistry,
  type ParamValue,
  type Question,
  refitQuestion,
} from '../scenes';
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

/** A student's answer to a figure's question so far; never in a link. */
export interface Attempt {
  /** What they marked, by panel id: units as `"<layer>:<index>"`, connections as `"<layer>:<output>:<input>"`. */
  marks: Record<string, readonly string[]>;
  /** What they typed or chose, by name: `r`, `S`, `P`, the kernel, yes or no, a box's edges. */
  entries: Record<string, string>;
  /** How many steps they have checked: 0 before the first check (a size question has two steps). */
  checked: number;
}

/** An attempt with nothing marked, typed or checked. */
export const EMPTY_ATTEMPT: Attempt = { marks: {}, entries: {}, checked: 0 };

/** One figure's own state: its settings (kept even when impossible), the selected and hovered unit. */
export interface FigureState {
  params: FigureParams;
  selection: Selection | null;
  /** The unit under the pointer, previewed instead of the selection while it lasts. */
  hover: Selection | null;
  /** The question the figure asks (predict mode), or null when the reader explores freely. */
  question: Question | null;
  /** The answer given to the question so far. */
  attempt: Attempt;
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
   * Asks a question (predict mode), or stops asking (null): the attempt starts empty, and nothing is
   * selected or previewed, so no answer shows before the student checks.
   */
  ask(figure: string, question: Question | null): void;
  /** Marks a unit or connection of a panel as part of the answer, or takes the mark back; only before a check. */
  toggleMark(figure: string, panel: string, key: string): void;
  /** Sets a typed or chosen answer, by name; only before the step it belongs to is checked. */
  setEntry(figure: string, name: string, value: string): void;
  /** Checks the answer given so far (one more step). */
  check(figure: string): void;
  /** Starts the attempt again: nothing marked, typed or checked. */
  retry(figure: string): void;
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
      {
        params: { ...scene.defaults },
        selection: null,
        hover: null,
        question: null,
        attempt: EMPTY_ATTEMPT,
        past: [],
        future: [],
      },
    ]),
  );
}

/**
 * A figure's state after its settings become `params`: while it asks a question, the attempt
 * starts again (marks belong to the network they were made on) and the question keeps a target
 * the new settings have.
 */
function withParams(
  registry: FigureRegistry,
  figure: string,
  current: FigureState,
  params: FigureParams,
): Pick<FigureState, 'params' | 'question' | 'attempt'> {
  if (!current.question) return { params, question: null, attempt: current.attempt };
  const scene = registry.find((item) => item.id === figure);
  return {
    params,
    question: scene ? refitQuestion(scene, current.question, params) : current.question,
    attempt: EMPTY_ATTEMPT,
  };
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
        const next = withParams(registry, figure, current, { ...current.params, ...change });
        if (!options.record) return update(state, figure, next);
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
          ...next,
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
            ...withParams(registry, figure, current, { ...current.params, ...edit.before }),
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
            ...withParams(registry, figure, current, { ...current.params, ...edit.after }),
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
            question: null,
            attempt: EMPTY_ATTEMPT,
            past: [...current.past, edit].slice(-MAX_HISTORY),
            future: [],
          });
        }),
      select: (figure, selection) => set((state) => update(state, figure, { selection, hover: null })),
      ask: (figure, question) =>
        set((state) =>
          update(state, figure, { question, attempt: EMPTY_ATTEMPT, selection: null, hover: null }),
        ),
      toggleMark: (figure, panel, key) =>
        set((state) => {
          const { question, attempt } = state.figures[figure];
          if (!question || attempt.checked > 0) return state;
          const marked = attempt.marks[panel] ?? [];
          const marks = marked.includes(key) ? marked.filter((item) => item !== key) : [...marked, key];
          return update(state, figure, {
            attempt: { ...attempt, marks: { ...attempt.marks, [panel]: marks } },
          });
        }),
      setEntry: (figure, name, value) =>
        set((state) => {
          const { question, attempt } = state.figures[figure];
          if (!question || attempt.entries[name] === value) return state;
          return update(state, figure, {
            attempt: { ...attempt, entries: { ...attempt.entries, [name]: value } },
          });
        }),
      check: (figure) =>
        set((state) => {
          const { question, attempt } = state.figures[figure];
          if (!question) return state;
          return update(state, figure, { attempt: { ...attempt, checked: attempt.checked + 1 } });
        }),
      retry: (figure) => set((state) => update(state, figure, { attempt: EMPTY_ATTEMPT })),
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
