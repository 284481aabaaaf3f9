/**
 * A zoom shared by several grids of one figure, so zooming or panning one moves them all. Offsets
 * are fractions of each canvas's width, so grids drawn at different widths stay aligned.
 */
export interface ZoomView {
  /** Magnification over the fitted view (1 = the whole picture). */
  k: number;
  /** Horizontal offset of the picture, as a fraction of the canvas width. */
  x: number;
  /** Vertical offset of the picture, as a fraction of the canvas width. */
  y: number;
}

/** The shared zoom of a figure: read it, set it, and be told when it changes (without re-rendering React). */
export interface SharedZoom {
  get(): ZoomView;
  set(view: ZoomView, source?: unknown): void;
  /** Calls `listener` on every change with the view and whoever set it; returns a function that stops. */
  subscribe(listener: (view: ZoomView, source: unknown) => void): () => void;
}

/** The view with nothing zoomed. */
export const FITTED: ZoomView = { k: 1, x: 0, y: 0 };

/** Creates a shared zoom, starting fitted. */
export function createSharedZoom(): SharedZoom {
  let current = FITTED;
  const listeners = new Set<(view: ZoomView, source: unknown) => void>();
  return {
    get: () => current,
    set(view, source) {
      if (view.k === current.k && view.x === current.x && view.y === current.y) return;
      current = view;
      for (const listener of listeners) listener(view, source);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Input units across the canvas at the largest magnification: enough to read single pixels. */
const UNITS_AT_MAX_ZOOM = 8;

/** The largest magnification for a world `width` input units wide (at least 1). */
export function maxZoom(world: { width: number }): number {
  return Math.max(1, world.width / UNITS_AT_MAX_ZOOM);
}

/**
 * The view magnified by `factor` about a point of the fitted picture (`at`, in canvas widths:
 * x in 0 … 1, y in 0 … `aspect`; the canvas centre when omitted), clamped to `smallest` …
 * `largest` and panned no further than the picture's edges; `aspect` is the canvas height over its
 * width. Below 1 (a field larger than the picture, seen whole) the picture is centred.
 */
export function zoomAbout(
  view: ZoomView,
  factor: number,
  aspect: number,
  largest: number,
  at?: { x: number; y: number },
  smallest = 1,
): ZoomView {
  const k = Math.min(largest, Math.max(Math.min(1, smallest), view.k * factor));
  if (k < 1) return { k, x: (1 - k) / 2, y: (aspect * (1 - k)) / 2 };
  const ratio = k / view.k;
  // The point stays where it is on the canvas: its screen position view.x + view.k·at.x is kept.
  const centre = at ? { x: view.x + view.k * at.x, y: view.y + view.k * at.y } : { x: 0.5, y: aspect / 2 };
  const x = centre.x - (centre.x - view.x) * ratio;
  const y = centre.y - (centre.y - view.y) * ratio;
  // The picture (width 1, height `aspect` at k = 1) must cover the canvas: offsets in [size − k·size, 0].
  return {
    k,
    x: Math.min(0, Math.max(1 - k, x)),
    y: Math.min(0, Math.max(aspect * (1 - k), y)),
  };
}
