import { type ComponentType, lazy } from 'react';
import type { FigureId } from '../scenes';
import { SparseBody } from './figures/SparseBody';

/** Loads a figure's drawing (its chunk); loading it again gives the same module. */
type BodyLoader = () => Promise<ComponentType>;

/**
 * The code of each figure's drawing but the first, as its own chunk, fetched when its section
 * nears the viewport (or at once, for an embedded figure). A figure without one fails
 * type-checking.
 */
const LOADERS: Record<Exclude<FigureId, 'sparse'>, BodyLoader> = {
  deep: () => import('./figures/DeepBody').then((module) => module.DeepBody),
  playground: () => import('./figures/PlaygroundBody').then((module) => module.PlaygroundBody),
  sharing: () => import('./figures/SharingBody').then((module) => module.SharingBody),
  edges: () => import('./figures/EdgesBody').then((module) => module.EdgesBody),
  tiling: () => import('./figures/TilingBody').then((module) => module.TilingBody),
  equivariance: () => import('./figures/EquivarianceBody').then((module) => module.EquivarianceBody),
  variable: () => import('./figures/VariableBody').then((module) => module.VariableBody),
  cost: () => import('./figures/CostBody').then((module) => module.CostBody),
};

/**
 * The drawing of each figure, by figure id. The first figure, on screen as the page opens, comes
 * with the page; every other one is a lazy component over its chunk.
 */
const BODIES: Record<string, ComponentType> = {
  sparse: SparseBody,
  ...Object.fromEntries(
    Object.entries(LOADERS).map(([id, load]) => [id, lazy(() => load().then((body) => ({ default: body })))]),
  ),
};

/** Figures whose body is a separate chunk, mounted only when their section nears the viewport. */
export const DEFERRED_FIGURES: ReadonlySet<string> = new Set(Object.keys(LOADERS));

/** Starts fetching the chunk of figure `figure` (an embedded one, before the page is drawn). */
export function preloadFigureBody(figure: string): void {
  const load = (LOADERS as Record<string, BodyLoader | undefined>)[figure];
  void load?.().catch(() => {
    // A chunk that fails to load is reported by the figure's error boundary when it is drawn.
  });
}

/** The drawing of the figure with id `figure`; throws for an id that is not a figure of the page. */
export function figureBody(figure: string): ComponentType {
  const body = BODIES[figure];
  if (!body) throw new Error(`No drawing for figure "${figure}".`);
  return body;
}
