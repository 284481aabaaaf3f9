import { type RefObject, useEffect, useRef, useState } from 'react';
import type { WorldRect } from './gridLayout';
import { maxZoom, type SharedZoom } from './sharedZoom';
import type { ZoomGestures } from './zoomGestures';

/**
 * A grid's own zoom and pan gestures (d3-zoom, 18 KB), fetched as a chunk when a pointer, a finger
 * or the focus first comes to the grid (`wantGestures`): the first view needs none. A key pressed or
 * a pinch begun while they load takes effect once they have.
 */
export function useZoomGestures(options: {
  frame: RefObject<HTMLDivElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  zoom: SharedZoom;
  world: WorldRect;
  width: number;
  height: number;
  /** Hears each wheel zoom, which moves another cell under the still pointer. */
  onWheelZoom(event: WheelEvent): void;
}) {
  const { frame, canvas, zoom, world, width, height } = options;
  const gestures = useRef<ZoomGestures | null>(null);
  const [wanted, setWanted] = useState(false);
  const wantGestures = () => setWanted(true);
  const pending = useRef<((gestures: ZoomGestures) => void) | null>(null);
  /** The fingers of a touch gesture begun while the gestures were loading: a pinch is not lost. */
  const fingers = useRef<TouchList | null>(null);
  const onWheelZoom = useRef(options.onWheelZoom);
  onWheelZoom.current = options.onWheelZoom;

  /** Runs `gesture` now, or as soon as the gestures have loaded. */
  const withGestures = (gesture: (gestures: ZoomGestures) => void) => {
    if (gestures.current) gesture(gestures.current);
    else {
      pending.current = gesture;
      wantGestures();
    }
  };

  // The fingers on the grid, kept while the gestures load. Two fingers moving on the grid are its
  // pinch, never the page's: had the browser taken the first moves, it would not let the gestures
  // take the rest once loaded. (React's touch listeners are passive, so these are added here.)
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const keep = (event: TouchEvent) => {
      if (event.type === 'touchstart') setWanted(true);
      if (event.type === 'touchmove' && event.touches.length > 1 && event.cancelable) event.preventDefault();
      if (!gestures.current) fingers.current = event.touches.length > 0 ? event.touches : null;
    };
    const events = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
    for (const type of events) element.addEventListener(type, keep, { passive: false });
    return () => {
      for (const type of events) element.removeEventListener(type, keep);
    };
  }, [frame]);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !wanted) return;
    let attached: ZoomGestures | null = null;
    let cancelled = false;
    import('./zoomGestures').then(({ attachZoomGestures }) => {
      if (cancelled) return;
      attached = attachZoomGestures(element, {
        width,
        height,
        largest: maxZoom(world),
        zoom,
        onWheelZoom: (event) => onWheelZoom.current(event),
      });
      gestures.current = attached;
      // A key pressed while the gestures were loading takes effect now.
      pending.current?.(attached);
      pending.current = null;
      // So does a pinch begun meanwhile: the gestures hear it start with the fingers down now, and
      // follow its next moves (a first pinch used to do nothing).
      const down = fingers.current ? [...fingers.current] : [];
      fingers.current = null;
      if (down.length > 1) {
        element.dispatchEvent(
          new TouchEvent('touchstart', {
            touches: down,
            targetTouches: down,
            changedTouches: down,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
    });
    return () => {
      cancelled = true;
      attached?.detach();
      gestures.current = null;
    };
  }, [canvas, zoom, world, width, height, wanted]);

  return { gestures, wantGestures, withGestures };
}
