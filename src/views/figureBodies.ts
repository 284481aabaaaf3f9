import { type ComponentType, lazy } from 'react';
import { FIGURES } from '../figures';

/** The drawing of each figure, by figure id: one not drawn with the page is a lazy component over its own chunk. */
const BODIES: Record<string, ComponentType> = Object.fromEntries(
  FIGURES.map((figure) => [
    figure.scene.id,
    figure.body ?? lazy(() => figure.loadBody().then((body) => ({ default: body }))),
  ]),
);

/** Figures whose body is a separate chunk, mounted only when their section nears the viewport. */
export const DEFERRED_FIGURES: ReadonlySet<string> = new Set(
  FIGURES.filter((figure) => !figure.body).map((figure) => figure.scene.id),
);

/** Starts fetching the chunk of figure `figure` (an embedded one, before the page is drawn). */
export function preloadFigureBody(figure: string): void {
  if (!DEFERRED_FIGURES.has(figure)) return;
  void FIGURES.find((item) => item.scene.id === figure)
    ?.loadBody()
    .catch(() => {
      // A chunk that fails to load is reported by the figure's error boundary when it is drawn.
    });
}

/** The drawing of the figure with id `figure`; throws for an id that is not a figure of the page. */
export function figureBody(figure: string): ComponentType {
  const body = BODIES[figure];
  if (!body) throw new Error(`No drawing for figure "${figure}".`);
  return body;
}
