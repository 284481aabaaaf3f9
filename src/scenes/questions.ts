import { randomSource, seedOf } from '../engine';
import { networkSizes } from './networkSizes';
import type { FigureParams, SceneDefinition } from './sceneTypes';

/**
 * What a figure can ask a student to predict before it shows the answer:
 * - `field`: which units on the layers below the target it sees (its receptive field);
 * - `reach`: which units on the layers above the target it reaches;
 * - `size`: how large the target layer's receptive field is (r), then its effective stride and padding;
 * - `weight`: which connections use one weight of the kernel (the target's index names the weight);
 * - `kernel`: which kernel made the edge map shown (the target's index names the question, not the kernel);
 * - `commute`: whether the transform shown commutes with the convolution (no target).
 */
export const QUESTION_KINDS = ['field', 'reach', 'size', 'weight', 'kernel', 'commute'] as const;

/** A kind of question (see {@link QUESTION_KINDS}). */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a question is about: a unit (layer 0 is the input; row-major index), a weight, or a question number. */
export interface QuestionTarget {
  layer: number;
  index: number;
}

/** A question a figure asks: its kind and its target. */
export interface Question {
  kind: QuestionKind;
  target: QuestionTarget;
}

/** Kinds whose target is not written in links: the question is the figure's settings. */
export const TARGETLESS_KINDS: ReadonlySet<QuestionKind> = new Set(['commute']);

/** How many kernel questions there are; each number draws one of the quiz's kernels. */
export const KERNEL_QUESTIONS = 1000;

/** Whether `value` names a kind of question. */
export function isQuestionKind(value: string): value is QuestionKind {
  return (QUESTION_KINDS as readonly string[]).includes(value);
}

/** Extent of each layer of the figure's first panel (its panels share layer sizes), or null. */
export function layerSizes(scene: SceneDefinition, params: FigureParams): number[][] | null {
  const panel = scene.panels(params)[0];
  return panel ? networkSizes(panel.spec) : null;
}

const unitsIn = (size: readonly number[]) => size.reduce((total, extent) => total * extent, 1);

/** Taps of the first layer's kernel (the weights a `weight` question can name). */
function kernelTaps(scene: SceneDefinition, params: FigureParams): number {
  const layer = scene.panels(params)[0]?.spec.layers[0];
  if (!layer || !('kernel' in layer) || layer.kernel === undefined) return 0;
  const kernel = layer.kernel;
  return typeof kernel === 'number' ? kernel : unitsIn(kernel);
}

/**
 * The layers a question of `kind` may target in the figure at `params`: the layers it can be
 * drawn on and that have units of the kind the question asks about; empty when the figure cannot
 * ask it.
 */
export function questionLayers(scene: SceneDefinition, kind: QuestionKind, params: FigureParams): number[] {
  if (!scene.questions?.kinds.includes(kind)) return [];
  if (kind === 'weight') return kernelTaps(scene, params) > 0 ? [1] : [];
  if (kind === 'kernel') return [0];
  if (kind === 'commute') return [0];
  const sizes = layerSizes(scene, params);
  if (!sizes) return [];
  const top = sizes.length - 1;
  const drawn = scene.questions.drawnLayers?.(params);
  return sizes
    .map((_, layer) => layer)
    .filter((layer) => (kind === 'reach' ? layer < top : layer > 0))
    .filter((layer) => !drawn || drawn.includes(layer));
}

/** How many targets layer `layer` offers a question of `kind`. */
export function targetsOn(
  scene: SceneDefinition,
  kind: QuestionKind,
  params: FigureParams,
  layer: number,
): number {
  if (kind === 'weight') return kernelTaps(scene, params);
  if (kind === 'kernel') return KERNEL_QUESTIONS;
  if (kind === 'commute') return 1;
  const sizes = layerSizes(scene, params);
  return sizes?.[layer] ? unitsIn(sizes[layer]) : 0;
}

/** Whether a figure at `params` can ask a question of `kind` about `target`. */
export function isQuestionTarget(
  scene: SceneDefinition,
  kind: QuestionKind,
  params: FigureParams,
  target: QuestionTarget,
): boolean {
  return (
    questionLayers(scene, kind, params).includes(target.layer) &&
    Number.isInteger(target.index) &&
    target.index >= 0 &&
    target.index < targetsOn(scene, kind, params, target.layer)
  );
}

/** The middle unit of a layer of this extent, row-major. */
export function middleUnit(size: readonly number[]): number {
  return size.length === 2
    ? Math.floor((size[0] - 1) / 2) * size[1] + Math.floor((size[1] - 1) / 2)
    : Math.floor((size[0] - 1) / 2);
}

/**
 * The target a question starts with when a link or a teacher names none, as the book would pick
 * it: the middle unit of the top layer (field, size), the middle input (reach), the middle weight;
 * a kernel question drawn from the figure's own seed. Null when the figure cannot ask it.
 */
export function defaultTarget(
  scene: SceneDefinition,
  kind: QuestionKind,
  params: FigureParams,
): QuestionTarget | null {
  const layers = questionLayers(scene, kind, params);
  if (layers.length === 0) return null;
  if (kind === 'weight') return { layer: 1, index: Math.floor((kernelTaps(scene, params) - 1) / 2) };
  if (kind === 'kernel') {
    return { layer: 0, index: Math.floor(randomSource(seedOf(scene.id))() * KERNEL_QUESTIONS) };
  }
  if (kind === 'commute') return { layer: 0, index: 0 };
  const sizes = layerSizes(scene, params);
  // A reach starts from the input; a field or a size from the top layer, or, in a figure that
  // draws only some layers of a deep network, from the first it draws (the top one may see all).
  const layer = kind === 'reach' || scene.questions?.drawnLayers ? layers[0] : layers[layers.length - 1];
  return sizes ? { layer, index: middleUnit(sizes[layer]) } : null;
}

/**
 * The question a figure asks once its settings change: the same one when it can still be asked of
 * its target; else the same kind about the default target; null when the figure cannot ask it now.
 */
export function refitQuestion(
  scene: SceneDefinition,
  question: Question | null,
  params: FigureParams,
): Question | null {
  if (!question || isQuestionTarget(scene, question.kind, params, question.target)) return question;
  const target = defaultTarget(scene, question.kind, params);
  return target ? { kind: question.kind, target } : null;
}

/**
 * The target a reader means when they ask a question of `kind` now: the unit they selected, if the
 * question can be about it; for a weight question, the weight the figure has chosen (a `weight`
 * setting); otherwise the default target. Null when the figure cannot ask it.
 */
export function askedTarget(
  scene: SceneDefinition,
  kind: QuestionKind,
  params: FigureParams,
  selection: QuestionTarget | null,
): QuestionTarget | null {
  const chosen =
    kind === 'weight' && typeof params.weight === 'number' ? { layer: 1, index: params.weight } : selection;
  if (chosen && isQuestionTarget(scene, kind, params, chosen))
    return { layer: chosen.layer, index: chosen.index };
  return defaultTarget(scene, kind, params);
}

/** The settings a figure hides while it asks `question` (they would give its answer away, or mislead). */
export function hiddenSettings(scene: SceneDefinition, question: Question | null): readonly string[] {
  return (question && scene.questions?.hides?.[question.kind]) || [];
}
