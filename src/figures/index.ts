import { costEn, costZh } from '../i18n/messages/cost';
import { deepEn, deepZh } from '../i18n/messages/deep';
import { edgesEn, edgesZh } from '../i18n/messages/edges';
import { equivarianceEn, equivarianceZh } from '../i18n/messages/equivariance';
import { playgroundEn, playgroundZh } from '../i18n/messages/playground';
import { sharingEn, sharingZh } from '../i18n/messages/sharing';
import { sparseEn, sparseZh } from '../i18n/messages/sparse';
import { tilingEn, tilingZh } from '../i18n/messages/tiling';
import { variableSizeEn, variableSizeZh } from '../i18n/messages/variableSize';
import type { FigureRegistry, SceneDefinition } from '../scenes';
import { costScene } from '../scenes/cost';
import { deepScene } from '../scenes/deep';
import { edgesScene } from '../scenes/edges';
import { equivarianceScene } from '../scenes/equivariance';
import { playgroundScene } from '../scenes/playground';
import { sharingScene } from '../scenes/sharing';
import { sparseScene } from '../scenes/sparse';
import { tilingScene } from '../scenes/tiling';
import { variableSizeScene } from '../scenes/variableSize';
import { SparseBody } from '../views/figures/SparseBody';
import { defineFigure } from './defineFigure';

export { defineFigure, type FigureDefinition, type FigureMessages } from './defineFigure';

/**
 * Every figure of the page, in reading order: one entry each, bundling its scene, its messages and
 * its drawing. Adding a figure is its three files and one entry here (docs/ARCHITECTURE.md).
 */
export const FIGURES = [
  defineFigure({
    scene: sparseScene,
    messages: { en: sparseEn, zh: sparseZh },
    // On screen as the page opens: its drawing comes with the page.
    body: SparseBody,
  }),
  defineFigure({
    scene: deepScene,
    messages: { en: deepEn, zh: deepZh },
    loadBody: () => import('../views/figures/DeepBody').then((module) => module.DeepBody),
  }),
  defineFigure({
    scene: playgroundScene,
    messages: { en: playgroundEn, zh: playgroundZh },
    loadBody: () => import('../views/figures/PlaygroundBody').then((module) => module.PlaygroundBody),
  }),
  defineFigure({
    scene: sharingScene,
    messages: { en: sharingEn, zh: sharingZh },
    loadBody: () => import('../views/figures/SharingBody').then((module) => module.SharingBody),
  }),
  defineFigure({
    scene: edgesScene,
    messages: { en: edgesEn, zh: edgesZh },
    loadBody: () => import('../views/figures/EdgesBody').then((module) => module.EdgesBody),
  }),
  defineFigure({
    scene: tilingScene,
    messages: { en: tilingEn, zh: tilingZh },
    loadBody: () => import('../views/figures/TilingBody').then((module) => module.TilingBody),
  }),
  defineFigure({
    scene: equivarianceScene,
    messages: { en: equivarianceEn, zh: equivarianceZh },
    loadBody: () => import('../views/figures/EquivarianceBody').then((module) => module.EquivarianceBody),
  }),
  defineFigure({
    scene: variableSizeScene,
    messages: { en: variableSizeEn, zh: variableSizeZh },
    loadBody: () => import('../views/figures/VariableBody').then((module) => module.VariableBody),
  }),
  defineFigure({
    scene: costScene,
    messages: { en: costEn, zh: costZh },
    loadBody: () => import('../views/figures/CostBody').then((module) => module.CostBody),
  }),
] as const;

/** The id of a figure of the page. */
export type FigureId = (typeof FIGURES)[number]['scene']['id'];

/** The definition of the page's figure with id `Id`. */
export type SceneOf<Id extends FigureId> = Extract<(typeof FIGURES)[number]['scene'], { id: Id }>;

/** The settings of the page's figure with id `Id`, typed from its definitions. */
export type FigureParamsOf<Id extends FigureId> = SceneOf<Id>['defaults'];

/** Every figure of the page, as scenes, in reading order. */
export const SCENES: FigureRegistry = FIGURES.map((figure) => figure.scene);

/** The figure with a given id in a registry (the page's, unless another is given), or undefined. */
export function sceneById(id: string, registry: FigureRegistry = SCENES): SceneDefinition | undefined {
  return registry.find((scene) => scene.id === id);
}
