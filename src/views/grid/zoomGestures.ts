import { select } from 'd3-selection';
import { type D3ZoomEvent, zoom as d3Zoom, zoomIdentity } from 'd3-zoom';
import type { SharedZoom, ZoomView } from './sharedZoom';

/** The zoom gestures of one grid canvas, as its keys use them. */
export interface ZoomGestures {
  /** Magnifies by `factor` about a point of the canvas (in CSS pixels). */
  scaleBy(factor: number, centre: [number, number]): void;
  /** Pans by a distance in picture units (CSS pixels at magnification 1). */
  translateBy(dx: number, dy: number): void;
  /** Back to the fitted view. */
  reset(): void;
  /** Stops listening: the canvas takes no more gestures. */
  detach(): void;
}

/**
 * Drag, Ctrl + wheel and pinch on a canvas `width` × `height` zoom and pan the figure's shared
 * view (d3-zoom), up to magnification `largest`. `onWheelZoom` hears each wheel zoom's event, so
 * the cell under the still pointer can be previewed. This module (and d3-zoom with it) loads after
 * the grid is drawn: the first view needs none of it.
 */
export function attachZoomGestures(
  element: HTMLCanvasElement,
  options: {
    width: number;
    height: number;
    largest: number;
    zoom: SharedZoom;
    onWheelZoom(event: WheelEvent): void;
  },
): ZoomGestures {
  const { width, height, largest, zoom } = options;
  const toTransform = (view: ZoomView) =>
    zoomIdentity.translate(view.x * width, view.y * width).scale(view.k);
  const behaviour = d3Zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([1, largest])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .extent([
      [0, 0],
      [width, height],
    ])
    .clickDistance(4)
    // d3's step for Ctrl + wheel (×10, meant for a trackpad's pinch) quadruples the scale per
    // notch of a mouse wheel. Here a notch (|Δy| ≥ 50 px) is ×1.4 and a pinch's many small
    // steps half d3's pace, so 100 px of pinch is ×2.
    .wheelDelta((event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      const notch = event.deltaMode !== 0 || Math.abs(event.deltaY) >= 50;
      return -event.deltaY * unit * (notch ? 2.5 : 5);
    })
    // The page scrolls with the wheel and with one finger on a fitted grid; Ctrl + wheel, a
    // pinch, or one finger on a magnified grid zoom and pan.
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey;
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1 || zoom.get().k > 1;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      const { k, x, y } = event.transform;
      zoom.set({ k, x: x / width, y: y / width }, element);
      if (event.sourceEvent instanceof WheelEvent) options.onWheelZoom(event.sourceEvent);
    });
  const selection = select(element);
  selection.call(behaviour).on('dblclick.zoom', null);
  behaviour.transform(selection, toTransform(zoom.get()));
  // Another grid of the figure moved the view: follow it.
  const unsubscribe = zoom.subscribe((view, source) => {
    if (source !== element) behaviour.transform(selection, toTransform(view));
  });
  return {
    scaleBy: (factor, centre) => behaviour.scaleBy(selection, factor, centre),
    translateBy: (dx, dy) => behaviour.translateBy(selection, dx, dy),
    reset: () => behaviour.transform(selection, zoomIdentity),
    detach() {
      unsubscribe();
      selection.on('.zoom', null);
    },
  };
}
