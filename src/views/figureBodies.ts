import type { ComponentType } from 'react';
import type { FigureDefinition } from '../figures';
import { lazyView } from './lazyView';

const LAZY_BODIES = new WeakMap<FigureDefinition, ComponentType>();

/**
 * A figure's drawing: the one that came with the page, or a lazy component over its own chunk
 * (the same component for every call, so React keeps what it has drawn).
 */
export function figureBody(figure: FigureDefinition): ComponentType {
  if (figure.body) return figure.body;
  let body = LAZY_BODIES.get(figure);
  if (!body) {
    body = lazyView(figure.loadBody);
    LAZY_BODIES.set(figure, body);
  }
  return body;
}

/** Starts fetching a figure's drawing (an embedded one, before the page is drawn). */
export function preloadFigureBody(figure: FigureDefinition): void {
  void figure.loadBody().catch(() => {
    // A chunk that fails to load is reported by the figure's error boundary when it is drawn.
  });
}
