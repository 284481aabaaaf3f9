import { type ComponentType, lazy } from 'react';
import type { FigureId } from '../scenes';
import { CostBody } from './figures/CostBody';
import { DeepBody } from './figures/DeepBody';
import { EquivarianceBody } from './figures/EquivarianceBody';
import { SharingBody } from './figures/SharingBody';
import { SparseBody } from './figures/SparseBody';
import { TilingBody } from './figures/TilingBody';
import { VariableBody } from './figures/VariableBody';

/**
 * The drawing of each figure, by figure id (a figure without a body fails type-checking). The
 * playground's canvas grids, zoom and editor load as their own chunk, when needed.
 */
export const FIGURE_BODIES: Record<FigureId, ComponentType> = {
  sparse: SparseBody,
  deep: DeepBody,
  playground: lazy(() =>
    import('./figures/PlaygroundBody').then((module) => ({ default: module.PlaygroundBody })),
  ),
  sharing: SharingBody,
  edges: lazy(() => import('./figures/EdgesBody').then((module) => ({ default: module.EdgesBody }))),
  tiling: TilingBody,
  equivariance: EquivarianceBody,
  variable: VariableBody,
  cost: CostBody,
};

/** Figures whose body is a separate chunk, mounted only when their section nears the viewport. */
export const DEFERRED_FIGURES: ReadonlySet<string> = new Set<FigureId>(['playground', 'edges']);

/** The drawing of the figure with id `figure`; throws for an id that is not a figure of the page. */
export function figureBody(figure: string): ComponentType {
  const body = (FIGURE_BODIES as Record<string, ComponentType | undefined>)[figure];
  if (!body) throw new Error(`No drawing for figure "${figure}".`);
  return body;
}
