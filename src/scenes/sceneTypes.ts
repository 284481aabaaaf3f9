import type { NetworkSpec, SignalTransform } from '../engine';
import type { MessageKey, MessageValues } from '../i18n';

/** One setting's value: a number, a choice, or an on/off switch. */
export type ParamValue = number | string | boolean;

/** A figure's settings by name. */
export type FigureParams = Record<string, ParamValue>;

/** How a setting is edited, checked and written into links. */
export type ParamDefinition =
  /** A whole number, edited with a slider (or a number field for wide ranges). */
  | {
      kind: 'integer';
      label: MessageKey;
      minimum: number;
      maximum: number;
      control?: 'slider' | 'number';
      /** Whether the setting matters for the other settings; its control is disabled when not. */
      activeWhen?: (params: FigureParams) => boolean;
    }
  /** `'valid'`, `'same'` or explicit units on each side, up to `maximum`. */
  | { kind: 'padding'; label: MessageKey; maximum: number }
  /** One of a few named options; each option's label is the message `${optionPrefix}.${option}`. */
  | { kind: 'choice'; label: MessageKey; options: readonly string[]; optionPrefix: string }
  | { kind: 'toggle'; label: MessageKey }
  /** A number set by the figure itself (e.g. the chosen kernel weight), not by a control. */
  | { kind: 'hidden-integer'; minimum: number; maximum: number };

/** A translated text with its values. */
export interface Text {
  key: MessageKey;
  values?: MessageValues;
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
  /** False for a network that is only counted, never drawn (its connections are not listed). */
  drawn?: boolean;
}

/** What a figure is: its settings, their defaults, its panels and its texts. */
export interface SceneDefinition {
  id: string;
  /** The book's figures this one brings to life, e.g. "9.2, 9.3"; null when it illustrates the text. */
  bookFigures: string | null;
  heading: MessageKey;
  caption: MessageKey;
  /** Settings in the order their controls appear. */
  params: Record<string, ParamDefinition>;
  defaults: FigureParams;
  /** The panels for a set of settings (empty for figures that draw no unit graph). */
  panels(params: FigureParams): PanelDefinition[];
  /**
   * The nearest settings whose layers are all possible, and what had to change, as text;
   * used for links, which must never open on an impossible figure.
   */
  repair(params: FigureParams): { params: FigureParams; changes: Text[] };
  /** Whether units can be selected (the figure draws unit graphs). */
  selectable: boolean;
  /** A numeric experiment the figure shows besides its networks, run in the worker; null for none. */
  computation?(params: FigureParams): FigureComputation | null;
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
