import { randomSource, seedOf } from '../engine';
import { questionKernel } from './edgeKernels';
import {
  layerSizes,
  middleUnit,
  type QuestionKind,
  type QuestionTarget,
  questionLayers,
  targetsOn,
} from './questions';
import type { FigureParams, SceneDefinition } from './sceneTypes';

/**
 * Another target for a question of `kind`, drawn from a seed made of the figure, the kind, the
 * current target and the settings: everyone who asks for another from the same link gets the same
 * one, so a class can share it. Never the current target when there is any other; null when the
 * figure cannot ask it. A commute question has one target: "another" changes its settings instead
 * (see {@link anotherCommuteCase}).
 */
export function anotherTarget(
  scene: SceneDefinition,
  kind: QuestionKind,
  params: FigureParams,
  current: QuestionTarget,
): QuestionTarget | null {
  const layers = questionLayers(scene, kind, params);
  if (layers.length === 0) return null;
  const random = randomSource(
    seedOf(`${scene.id}|${kind}|${current.layer}:${current.index}|${JSON.stringify(params)}`),
  );
  if (kind === 'size') {
    // A size belongs to a layer: another question is another layer, at its middle unit.
    const others = layers.filter((layer) => layer !== current.layer);
    const sizes = layerSizes(scene, params);
    if (others.length === 0 || !sizes) return current;
    const layer = others[Math.floor(random() * others.length)];
    return { layer, index: middleUnit(sizes[layer]) };
  }
  // A few draws find another target unless there is only one; another kernel question hides
  // another kernel.
  const differs = (layer: number, index: number) =>
    kind === 'kernel'
      ? questionKernel(index) !== questionKernel(current.index)
      : layer !== current.layer || index !== current.index;
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const layer = layers[Math.floor(random() * layers.length)];
    const index = Math.floor(random() * targetsOn(scene, kind, params, layer));
    if (differs(layer, index)) return { layer, index };
  }
  return current;
}

/**
 * The settings a commute question moves to when the student asks for another: one of the
 * figure's cases, drawn from a seed made of the figure and its settings, never the case it shows
 * now. Null when the figure has no other case.
 */
export function anotherCommuteCase(scene: SceneDefinition, params: FigureParams): FigureParams | null {
  const cases = scene.questions?.commuteCases ?? [];
  const others = cases.filter((change) =>
    Object.entries(change).some(([name, value]) => JSON.stringify(params[name]) !== JSON.stringify(value)),
  );
  if (others.length === 0) return null;
  const random = randomSource(seedOf(`${scene.id}|commute|${JSON.stringify(params)}`));
  return { ...params, ...others[Math.floor(random() * others.length)] } as FigureParams;
}
