import type { StateCreator } from 'zustand';
import type { FigureId, FigureParamsOf } from '../figures';
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
export interface FigureState<Params extends FigureParams = FigureParams> {
  params: Params;
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

/**
 * A figure id as the store takes it: one of the page's, whose settings are then typed, or a
 * `string` known only at run time (a view every figure shares, a test's own figure). A literal that
 * names no figure of the page is `never`, so a misspelt id fails to compile.
 */
export type FigureKey<F extends string> = F & (F extends FigureId ? F : string extends F ? F : never);

/** A figure's settings as the store holds them: typed for the page's figures, by name for any other. */
export type ParamsFor<F extends string> = F extends FigureId ? FigureParamsOf<F> : FigureParams;

/** Every figure's state, by id: typed for the page's figures. */
export type FiguresState = { readonly [F in FigureId]: FigureState<FigureParamsOf<F>> } & Readonly<
  Record<string, FigureState>
>;

/** Every figure's state, by figure id, and the actions that change it. */
export interface FigureSlice {
  figures: FiguresState;
  /** Changes one setting: for a figure of the page, a setting it has, to a value of its type. */
  setParam<F extends string, K extends keyof ParamsFor<F> & string>(
    figure: FigureKey<F>,
    key: K,
    value: ParamsFor<F>[K],
  ): void;
  /** Changes several settings of a figure at once. */
  setParams<F extends string>(
    figure: FigureKey<F>,
    change: Partial<ParamsFor<F>>,
    options?: ParamChangeOptions,
  ): void;
  /** Takes back the last recorded change of a figure's settings, if any. */
  undo<F extends string>(figure: FigureKey<F>): void;
  /** Applies again the last change undone, if any. */
  redo<F extends string>(figure: FigureKey<F>): void;
  resetFigure<F extends string>(figure: FigureKey<F>): void;
  select<F extends string>(figure: FigureKey<F>, selection: Selection | null): void;
  hover<F extends string>(figure: FigureKey<F>, selection: Selection | null): void;
  /**
   * Asks a question (predict mode), or stops asking (null): the attempt starts empty, and nothing is
   * selected or previewed, so no answer shows before the student checks.
   */
  ask<F extends string>(figure: FigureKey<F>, question: Question | null): void;
  /** Marks a unit or connection of a panel as part of the answer, or takes the mark back; only before a check. */
  toggleMark<F extends string>(figure: FigureKey<F>, panel: string, key: string): void;
  /** Sets a typed or chosen answer, by name; only before the step it belongs to is checked. */
  setEntry<F extends string>(figure: FigureKey<F>, name: string, value: string): void;
  /** Checks the answer given so far (one more step). */
  check<F extends string>(figure: FigureKey<F>): void;
  /** Starts the attempt again: nothing marked, typed or checked. */
  retry<F extends string>(figure: FigureKey<F>): void;
  /**
   * Keeps a figure's selection on a unit of layers of these sizes: the one at the same row and column
   * of the same layer (sizes `previous` were the ones it was chosen in), clamped to the layer.
   */
  fitSelection<F extends string>(
    figure: FigureKey<F>,
    sizes: readonly (readonly number[])[],
    previous?: readonly (readonly number[])[],
  ): void;
}

/** Most recorded edits kept per figure. */
const MAX_HISTORY = 100;

/** Longest pause between edits of one field that still makes them one undo step, in ms. */
const COALESCE_MS = 1500;

/** Each figure of a registry at its defaults, nothing selected. */
export function defaultFigures(registry: FigureRegistry): FiguresState {
  // Typed by id for the page's figures: a registry is the page's, or a test's.
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
  ) as unknown as FiguresState;
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
  return { figures: { ...state.figures, [figure]: { ...current, ...change } } as FiguresState };
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
      setParam: (figure, key, value) => setParams(figure, { [key]: value as ParamValue }),
      setParams: (figure, change, options) => setParams(figure, change as FigureParams, options),
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
