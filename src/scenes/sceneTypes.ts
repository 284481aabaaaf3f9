import type { ImageTransform, NetworkSpec, SignalTransform, SpecIssue } from '../engine';
import type { MessageKey, MessageValues } from '../i18n';
import type { QuestionKind } from './questions';

/** A padding setting: `'valid'`, `'same'`, or units on each side. */
export type PaddingChoice = 'valid' | 'same' | number;

/**
 * One setting's value: a number, a choice, an on/off switch, a whole network, or a list of layer
 * indices.
 */
export type ParamValue =
  | number
  | string
  | boolean
  | NetworkSpec
  | readonly number[]
  | readonly (readonly number[])[];

/** A figure's settings by name, as the store and the link codec hold them. */
export type FigureParams = Record<string, ParamValue>;

/** When a setting matters: otherwise its control is disabled, with `note` saying why beside it. */
export interface ActiveWhen {
  when(params: FigureParams): boolean;
  note: MessageKey;
}

/** A whole number, edited with a slider (or a number field for wide ranges). */
export interface IntegerParam {
  kind: 'integer';
  label: MessageKey;
  minimum: number;
  maximum: number;
  control?: 'slider' | 'number';
  /**
   * The setting is how many units the drawing's widest row has: on a touch screen its slider stops
   * where units are still wide enough to tap (its + button goes on, a unit at a time).
   */
  unitsAcross?: true;
  /** When the setting matters, given the others; otherwise its control is disabled and says why. */
  active?: ActiveWhen;
}

/** `'valid'`, `'same'` or explicit units on each side, up to `maximum`. */
export interface PaddingParam {
  kind: 'padding';
  label: MessageKey;
  maximum: number;
}

/** One of a few named options; each option's label is the message `${optionPrefix}.${option}`. */
export interface ChoiceParam {
  kind: 'choice';
  label: MessageKey;
  options: readonly string[];
  optionPrefix: string;
  /** When the setting matters, given the others; otherwise its control is disabled and says why. */
  active?: ActiveWhen;
}

/** An on/off switch. */
export interface ToggleParam {
  kind: 'toggle';
  label: MessageKey;
}

/** A number set by the figure itself (e.g. the chosen kernel weight), not by a generic control. */
export interface HiddenIntegerParam {
  kind: 'hidden-integer';
  minimum: number;
  maximum: number;
}

/**
 * A whole {@link NetworkSpec}, edited by the figure itself. A link names one of `presets` by id
 * (`<figure>.preset=<id>`) or carries any network as base64url JSON (`<figure>.<name>=…`).
 */
export interface NetworkParam {
  kind: 'network';
  presets: Readonly<Record<string, NetworkSpec>>;
}

/** A set of layer indices (e.g. the layers a figure draws), edited by the figure; written `2,10,17`. */
export interface LayerListParam {
  kind: 'layers';
}

/** A fixed number of whole numbers in a range (e.g. a shift dx, dy), edited by the figure; written `3,-2`. */
export interface IntegersParam {
  kind: 'integers';
  length: number;
  minimum: number;
  maximum: number;
}

/**
 * A small matrix of numbers (e.g. a kernel), edited by the figure; written row by row, numbers
 * separated by `,` and rows by `;` (`1,0,-1;2,0,-2;1,0,-1`).
 */
export interface MatrixParam {
  kind: 'matrix';
  maxRows: number;
  maxCols: number;
  /** Each entry's range; an entry has at most 4 decimals in a link. */
  minimum: number;
  maximum: number;
}

/** How a setting is edited, checked and written into links. */
export type ParamDefinition =
  | IntegerParam
  | PaddingParam
  | ChoiceParam
  | ToggleParam
  | HiddenIntegerParam
  | NetworkParam
  | LayerListParam
  | IntegersParam
  | MatrixParam;

/** A figure's setting definitions by name. */
export type ParamDefinitions = Record<string, ParamDefinition>;

/** The value type a setting definition holds. */
export type ValueOf<Definition> = Definition extends IntegerParam | HiddenIntegerParam
  ? number
  : Definition extends ToggleParam
    ? boolean
    : Definition extends { kind: 'choice'; options: readonly (infer Option)[] }
      ? Option
      : Definition extends PaddingParam
        ? PaddingChoice
        : Definition extends NetworkParam
          ? NetworkSpec
          : Definition extends LayerListParam | IntegersParam
            ? readonly number[]
            : Definition extends MatrixParam
              ? readonly (readonly number[])[]
              : never;

/** A figure's settings, typed from its definitions. */
export type ParamsOf<Definitions extends ParamDefinitions> = {
  [Name in keyof Definitions]: ValueOf<Definitions[Name]>;
};

/** A translated text with its values. */
export interface Text {
  key: MessageKey;
  values?: MessageValues;
  /** A problem with a network that the text refers to; shown translated in its `{detail}` placeholder. */
  detail?: SpecIssue;
}

/** One drawn network of a figure; the figure's panels share layer sizes, so one selection fits all. */
export interface PanelDefinition {
  id: string;
  title: Text;
  spec: NetworkSpec;
  /** The book's letter for the units of each layer, input first (x, h, g, s …). */
  letters: string[];
  /** How edges are coloured: by nothing, or by the weight each edge uses. */
  edgeStyle?: 'plain' | 'weights';
  /**
   * True convolution rather than cross-correlation: the kernel is applied flipped, so the edge of
   * tap j (counted from the window's start) uses weight k − 1 − j. Connectivity is the same.
   */
  flipKernel?: boolean;
  /** False for a network whose connections are not listed (only counted, or drawn as pixel grids). */
  connections?: boolean;
}

/** A kernel and a transform whose orders a commute question compares: on an image, or on a signal. */
export type CommuteCase =
  | { domain: 'image'; kernel: readonly number[]; size: readonly number[]; transform: ImageTransform }
  | { domain: 'signal'; kernel: readonly number[]; transform: SignalTransform };

/** The questions a figure asks before it shows an answer (predict, then check). */
export interface QuestionsDefinition<Params> {
  /** The kinds it asks, in the order its menu offers them. */
  kinds: readonly QuestionKind[];
  /** The layers it draws, when it draws only some (a question's target must be in sight). */
  drawnLayers?(params: Params): readonly number[];
  /** For a commute question: the settings "Try another" moves between (each a change of settings). */
  commuteCases?: readonly Partial<Params>[];
  /** Settings whose controls are hidden while a question of a kind is open: they would give its answer away. */
  hides?: Partial<Record<QuestionKind, readonly string[]>>;
  /** For a commute question: the kernel and the transform the figure applies (whether they commute is the answer). */
  commuteCase?(params: Params): CommuteCase;
  /** For a commute question: its transform and its kernel, in words. */
  commuteText?(params: Params): { transform: Text; kernel: Text };
}

/** What a figure is: its settings, their defaults, its panels and its texts. */
export interface SceneDefinition<
  Id extends string = string,
  Definitions extends ParamDefinitions = ParamDefinitions,
> {
  id: Id;
  /**
   * Where the idea is in the book: its section, and the figures this one brings to life (none when
   * it illustrates the text), e.g. `{ section: '9.2', figures: ['9.2', '9.3'] }`.
   */
  book: { section: string; figures: readonly string[] };
  heading: MessageKey;
  /**
   * The figure as the book draws it (its figure, or the example its text gives): the settings that
   * differ from the defaults, and the unit it picks out; set in one click.
   */
  asInTheBook: {
    params?: NoInfer<Partial<ParamsOf<Definitions>>>;
    selection?: { layer: number; index: number };
  };
  /** What an embedded figure may ask the page embedding it for beyond copying to the clipboard (the camera). */
  embedAllows?: readonly 'camera'[];
  /** What the figure shows, in words that stand on their own in an exported file. */
  caption: MessageKey;
  /** What to try on screen (select, pick, drag), said after the caption; not exported or printed. */
  task?: MessageKey;
  /** Settings in the order their controls appear. */
  params: Definitions;
  defaults: ParamsOf<Definitions>;
  /**
   * Defaults that follow other settings (e.g. which layers to draw follows the network): given the
   * settings, the values the settings named here take when a link does not set them.
   */
  defaultsFor?(params: ParamsOf<Definitions>): Partial<ParamsOf<Definitions>>;
  /** The panels for a set of settings (empty for figures that draw no unit graph). */
  panels(params: ParamsOf<Definitions>): PanelDefinition[];
  /**
   * The nearest settings whose layers are all possible, and what had to change, as text;
   * used for links, which must never open on an impossible figure.
   */
  repair(params: ParamsOf<Definitions>): { params: ParamsOf<Definitions>; changes: Text[] };
  /**
   * Parts of the figure that can be exported alone besides the whole (the photo and its edge map):
   * each an id the figure's drawing marks with `data-export-part`, and its name.
   */
  exportParts?: readonly { id: string; label: MessageKey }[];
  /** What a link or embed of the figure leaves out (e.g. an image of the user's), said in the embed dialog. */
  linkNote?: MessageKey;
  /** Whether units can be selected (the figure draws units). */
  selectable: boolean;
  /**
   * The figure's view computes and traces its own units, on what the settings leave out (an image of
   * the user's): the store analyses nothing for it, and its panels only check links.
   */
  tracedByView?: boolean;
  /** What the figure can ask a student to predict, then check; absent for a figure that asks nothing. */
  questions?: QuestionsDefinition<NoInfer<ParamsOf<Definitions>>>;
  /** A numeric experiment the figure shows besides its networks, run in the worker; null for none. */
  computation?(params: ParamsOf<Definitions>): FigureComputation | null;
}

/** Declares a figure, inferring its id and the types of its settings from the definition. */
export function defineScene<const Id extends string, const Definitions extends ParamDefinitions>(
  scene: SceneDefinition<Id, Definitions>,
): SceneDefinition<Id, Definitions> {
  return scene;
}

/** A worker request a figure needs for its settings. */
export type FigureComputation =
  | {
      kind: 'equivariance';
      payload: { input: Float32Array; kernel: Float32Array; transform: SignalTransform };
    }
  | { kind: 'fitComparison'; payload: { kernel: number; tasks: FitTask[] } };

/** Examples to fit a shared and a locally connected layer to, and examples to test them on. */
export interface FitTask {
  name: string;
  trainInputs: Float32Array[];
  trainTargets: Float32Array[];
  testInputs: Float32Array[];
  testTargets: Float32Array[];
}
