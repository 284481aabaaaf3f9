import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { MaskSummary } from '../../engine';
import type { UnitBox } from '../../state';
import { useThemeVersion } from '../theme';
import { useElementWidth } from '../useElementWidth';
import { cellAt, cellRect, type GridLayout, type WorldRect } from './gridLayout';
import { cellShades, type GridColours, type GridRole, paintGrid, type ScreenTransform } from './gridPainter';
import { maxZoom, type SharedZoom, type ZoomView } from './sharedZoom';
import type { ZoomGestures } from './zoomGestures';

/** Props of one layer's grid drawing. */
export interface GridCanvasProps {
  /** Accessible name: which layer, its size, and how to operate it. */
  label: string;
  layout: GridLayout;
  world: WorldRect;
  input: WorldRect;
  photo: CanvasImageSource | null;
  /** The traced set on this layer (one byte per unit), or null when nothing is traced. */
  mask: Uint8Array | null;
  /** The rows and columns the traced set spans (inclusive), or null. */
  box: MaskSummary['box'];
  role: GridRole | null;
  /** The selected unit, if it is on this layer. */
  selected: number | null;
  /** A rectangle to ring instead of the selected unit's cell (e.g. a whole receptive field). */
  selectedRect?: WorldRect | null;
  /** The focused unit's analytic field on the input, if this is the input's grid. */
  analyticBox: WorldRect | null;
  zoom: SharedZoom;
  /** Says where the keyboard cursor is, e.g. "row 3, column 5", for the cursor's live text. */
  describeCell(index: number): string;
  onSelect(index: number | null): void;
  /** The unit under the pointer or the keyboard cursor, previewed; null when it leaves. */
  onPreview(index: number | null): void;
  /** Page Down / Page Up: move to the next drawn layer deeper in the network (+1) or shallower (−1). */
  onLayerStep?(direction: 1 | -1, index: number): void;
  /** Where the keyboard cursor starts when the grid gets focus. */
  startCell: number;
  /** Receives the grid's focusable element, so a figure can move focus between its grids. */
  elementRef?(element: HTMLDivElement | null): void;
  /** A box a student marked on this grid (predict, then check), drawn over it. */
  markedBox?: UnitBox | null;
  /** While a student may draw that box: a drag over the grid draws it (instead of panning). */
  onMarkBox?(box: UnitBox): void;
}

/** The world rectangle of the cells from (top, left) to (bottom, right), inclusive, in either order. */
function unitBoxRect(box: UnitBox, layout: GridLayout): WorldRect {
  const cols = layout.cols.count;
  const [top, bottom] = [Math.min(box.top, box.bottom), Math.max(box.top, box.bottom)];
  const [left, right] = [Math.min(box.left, box.right), Math.max(box.left, box.right)];
  const topLeft = cellRect(layout, top * cols + left);
  const bottomRight = cellRect(layout, bottom * cols + right);
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: bottomRight.x + bottomRight.width - topLeft.x,
    height: bottomRight.y + bottomRight.height - topLeft.y,
  };
}

function readColours(element: Element): GridColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    paper: read('--paper', '#ffffff'),
    ink: read('--ink', '#1b1b1b'),
    receptive: read('--receptive-stroke', '#a35f00'),
    influence: read('--influence-stroke', '#0072b2'),
    focus: read('--focus', '#cc79a7'),
    mark: read('--mark-stroke', '#00785a'),
  };
}

/** The world rectangle of the cells a box of rows and columns spans. */
function boxRect(box: MaskSummary['box'], layout: GridLayout): WorldRect | null {
  return box ? unitBoxRect(box, layout) : null;
}

/**
 * Writes a grid's cell shades into `canvas` (one pixel per unit), resizing it to the layer; the
 * same canvas serves every field the grid shows, so tracing leaves no canvases behind.
 */
function drawShades(
  buffer: { canvas: HTMLCanvasElement; pixels: Uint32Array<ArrayBuffer> },
  mask: Uint8Array,
  layout: GridLayout,
  role: GridRole,
  colours: GridColours,
): HTMLCanvasElement | null {
  const { canvas } = buffer;
  const { count: cols } = layout.cols;
  const { count: rows } = layout.rows;
  if (canvas.width !== cols) canvas.width = cols;
  if (canvas.height !== rows) canvas.height = rows;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const pixels = cellShades(mask, role, colours, buffer.pixels);
  buffer.pixels = new Uint32Array(pixels.buffer);
  context.putImageData(new ImageData(pixels, cols, rows), 0, 0);
  return canvas;
}

/**
 * One layer drawn as a grid of cells over the picture, on a canvas (never a DOM node per unit).
 * Click or tap a cell to select its unit; hover to preview it; drag, Ctrl + wheel, pinch or the
 * + / − keys zoom and pan every grid of the figure together. By keyboard: arrows move a cursor,
 * Enter selects, Escape clears, Page Up / Page Down go to the grid drawn before or after on the page.
 */
export function GridCanvas(props: GridCanvasProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const gestures = useRef<ZoomGestures | null>(null);
  const width = useElementWidth(frame);
  const height = Math.max(1, Math.round((width * props.world.height) / props.world.width));
  // The keyboard cursor: shown only while the grid is used from the keyboard.
  const [cursor, setCursor] = useState<number | null>(null);
  const cursorId = useId();
  const [colours, setColours] = useState<GridColours | null>(null);
  const [zoomedIn, setZoomedIn] = useState(false);
  const [gesturesWanted, setGesturesWanted] = useState(false);
  const wantGestures = () => setGesturesWanted(true);
  const pendingGesture = useRef<((gestures: ZoomGestures) => void) | null>(null);
  /** The fingers of a touch gesture begun while the gestures were loading: a pinch is not lost. */
  const fingers = useRef<TouchList | null>(null);
  /** Runs `gesture` now, or as soon as the gestures have loaded. */
  const withGestures = (gesture: (gestures: ZoomGestures) => void) => {
    if (gestures.current) gesture(gestures.current);
    else {
      pendingGesture.current = gesture;
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
      if (event.type === 'touchstart') setGesturesWanted(true);
      if (event.type === 'touchmove' && event.touches.length > 1 && event.cancelable) event.preventDefault();
      if (!gestures.current) fingers.current = event.touches.length > 0 ? event.touches : null;
    };
    const events = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
    for (const type of events) element.addEventListener(type, keep, { passive: false });
    return () => {
      for (const type of events) element.removeEventListener(type, keep);
    };
  }, []);

  // Theme colours, read again when the colours change.
  const themeVersion = useThemeVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of colours is the trigger.
  useEffect(() => {
    if (canvas.current) setColours(readColours(canvas.current));
  }, [themeVersion]);

  const shadeBuffer = useRef<{ canvas: HTMLCanvasElement; pixels: Uint32Array<ArrayBuffer> } | null>(null);
  // A fresh object per new field, so the paint effect sees the change; the canvas and pixels behind it are reused.
  const shades = useMemo(() => {
    if (!props.mask || !props.role || !colours) return null;
    shadeBuffer.current ??= { canvas: document.createElement('canvas'), pixels: new Uint32Array(0) };
    const canvas = drawShades(shadeBuffer.current, props.mask, props.layout, props.role, colours);
    return canvas ? { canvas } : null;
  }, [props.mask, props.role, props.layout, colours]);

  // The latest drawing inputs, for paints triggered by zoom events between renders.
  const latest = useRef({ props, shades, colours, cursor, width, height });
  latest.current = { props, shades, colours, cursor, width, height };
  const frameRequest = useRef(0);

  const screenTransform = (view: ZoomView, current = latest.current): ScreenTransform => {
    const base = current.width / current.props.world.width;
    const scale = base * view.k;
    return {
      scale,
      offsetX: view.x * current.width - scale * current.props.world.x,
      offsetY: view.y * current.width - scale * current.props.world.y,
    };
  };

  const paint = () => {
    frameRequest.current = 0;
    const current = latest.current;
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !current.colours) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const { layout } = current.props;
    paintGrid(
      context,
      { width: current.width, height: current.height },
      screenTransform(current.props.zoom.get(), current),
      {
        world: current.props.world,
        input: current.props.input,
        layout,
        photo: current.props.photo,
        shades: current.shades?.canvas ?? null,
        selected:
          current.props.selectedRect ??
          (current.props.selected === null ? null : cellRect(layout, current.props.selected)),
        cursor: current.cursor === null ? null : cellRect(layout, current.cursor),
        fieldBox: boxRect(current.props.box, layout),
        role: current.props.role,
        analyticBox: current.props.analyticBox,
        markedBox: current.props.markedBox ? unitBoxRect(current.props.markedBox, layout) : null,
        colours: current.colours,
      },
    );
  };
  const paintNow = useRef(paint);
  paintNow.current = paint;
  // Zoom and pan events come faster than frames: at most one paint per frame for them.
  const schedulePaint = useCallback(() => {
    if (frameRequest.current === 0) frameRequest.current = requestAnimationFrame(() => paintNow.current());
  }, []);
  useEffect(() => () => cancelAnimationFrame(frameRequest.current), []);
  const { layout, world, input, photo, box, role, selected, selectedRect, analyticBox, markedBox } = props;
  // A new field is painted as it is committed, so it reaches the screen in the same frame as the
  // rest of the figure (a paint left to the next frame would show it a frame late).
  // biome-ignore lint/correctness/useExhaustiveDependencies: paint reads these from `latest`; listing them repaints only when one changes.
  useLayoutEffect(() => {
    cancelAnimationFrame(frameRequest.current);
    paintNow.current();
  }, [
    layout,
    world,
    input,
    photo,
    shades,
    box,
    role,
    selected,
    selectedRect,
    analyticBox,
    markedBox,
    colours,
    cursor,
    width,
    height,
  ]);

  // Every grid of the figure follows the shared view. Its own gestures (d3-zoom, 18 KB) are a chunk
  // fetched when a pointer, a finger or the focus first comes to the grid: the first view needs none.
  useEffect(
    () =>
      props.zoom.subscribe((view) => {
        setZoomedIn(view.k > 1);
        schedulePaint();
      }),
    [props.zoom, schedulePaint],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: cellUnder reads the latest layout and view through refs.
  useEffect(() => {
    const element = canvas.current;
    if (!element || !gesturesWanted) return;
    let attached: ZoomGestures | null = null;
    let cancelled = false;
    import('./zoomGestures').then(({ attachZoomGestures }) => {
      if (cancelled) return;
      attached = attachZoomGestures(element, {
        width,
        height,
        largest: maxZoom(props.world),
        zoom: props.zoom,
        // A wheel zoom moves another cell under the still pointer: preview that one.
        onWheelZoom: (event) => latest.current.props.onPreview(cellUnder(event)),
      });
      gestures.current = attached;
      // A key pressed while the gestures were loading takes effect now.
      pendingGesture.current?.(attached);
      pendingGesture.current = null;
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
  }, [props.zoom, props.world, width, height, gesturesWanted]);

  const worldPoint = (clientX: number, clientY: number) => {
    const element = canvas.current;
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const transform = screenTransform(props.zoom.get());
    // The box is in screen pixels, the drawing in the canvas's CSS pixels: they differ when the
    // page is scaled (a figure fitted to a slide).
    const shown = box.width / (latest.current.width || box.width);
    return {
      x: ((clientX - box.left) / shown - transform.offsetX) / transform.scale,
      y: ((clientY - box.top) / shown - transform.offsetY) / transform.scale,
    };
  };
  const cellUnder = (event: { clientX: number; clientY: number }) => {
    const point = worldPoint(event.clientX, event.clientY);
    return point ? cellAt(latest.current.props.layout, point.x, point.y) : null;
  };

  /** Where a drag that draws the student's box began (a cell index), while it lasts. */
  const drawing = useRef<number | null>(null);
  const markTo = (from: number, to: number) => {
    const cols = props.layout.cols.count;
    const [fromRow, toRow] = [Math.floor(from / cols), Math.floor(to / cols)];
    props.onMarkBox?.({
      top: Math.min(fromRow, toRow),
      bottom: Math.max(fromRow, toRow),
      left: Math.min(from % cols, to % cols),
      right: Math.max(from % cols, to % cols),
    });
  };

  /**
   * On a touch screen the sentence that answers a tap sticks to the bottom of the screen (the
   * page's scroll-padding-bottom keeps its room): a tapped cell under it is scrolled up, clear of it.
   */
  const keepClearOfSentence = (index: number) => {
    const element = canvas.current;
    const room = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0;
    if (!element || room === 0) return;
    const transform = screenTransform(props.zoom.get());
    const box = element.getBoundingClientRect();
    const shown = box.width / (latest.current.width || box.width);
    const cell = cellRect(props.layout, index);
    const bottom = box.top + (transform.offsetY + (cell.y + cell.height) * transform.scale) * shown;
    const limit = window.innerHeight - room;
    if (bottom > limit) window.scrollBy({ top: bottom - limit + 8 });
  };

  const zoomBy = (factor: number, index: number | null) => {
    withGestures((loaded) => {
      const transform = screenTransform(props.zoom.get());
      const rect = index === null ? null : cellRect(props.layout, index);
      const centre: [number, number] = rect
        ? [
            transform.offsetX + (rect.x + rect.width / 2) * transform.scale,
            transform.offsetY + (rect.y + rect.height / 2) * transform.scale,
          ]
        : [width / 2, height / 2];
      loaded.scaleBy(factor, centre);
    });
  };

  /** Pans, if needed, so a cell is on screen. */
  const reveal = (index: number) => {
    if (!gestures.current || props.zoom.get().k === 1) return;
    const transform = screenTransform(props.zoom.get());
    const rect = cellRect(props.layout, index);
    const left = transform.offsetX + rect.x * transform.scale;
    const top = transform.offsetY + rect.y * transform.scale;
    const right = left + rect.width * transform.scale;
    const bottom = top + rect.height * transform.scale;
    if (left >= 0 && top >= 0 && right <= width && bottom <= height) return;
    gestures.current.translateBy(
      (width / 2 - (left + right) / 2) / transform.scale,
      (height / 2 - (top + bottom) / 2) / transform.scale,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { rows, cols } = props.layout;
    const at = cursor ?? props.selected ?? props.startCell;
    const row = Math.floor(at / cols.count);
    const col = at - row * cols.count;
    const jump = event.shiftKey ? 8 : 1;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowLeft':
        next = row * cols.count + Math.max(0, col - jump);
        break;
      case 'ArrowRight':
        next = row * cols.count + Math.min(cols.count - 1, col + jump);
        break;
      case 'ArrowUp':
        next = Math.max(0, row - jump) * cols.count + col;
        break;
      case 'ArrowDown':
        next = Math.min(rows.count - 1, row + jump) * cols.count + col;
        break;
      case 'Home':
        next = row * cols.count;
        break;
      case 'End':
        next = row * cols.count + cols.count - 1;
        break;
      case 'PageUp':
      case 'PageDown':
        event.preventDefault();
        // The grids run from the input down the page: Page Down goes to the deeper layer drawn next.
        props.onLayerStep?.(event.key === 'PageDown' ? 1 : -1, at);
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        props.onSelect(at);
        return;
      case 'Escape':
        props.onSelect(null);
        return;
      case '+':
      case '=':
        zoomBy(2, at);
        return;
      case '-':
        zoomBy(0.5, at);
        return;
      case '0':
        withGestures((loaded) => loaded.reset());
        return;
      default:
        return;
    }
    event.preventDefault();
    setCursor(next);
    props.onPreview(next);
    reveal(next);
  };

  return (
    <div
      ref={(element) => {
        frame.current = element;
        props.elementRef?.(element);
      }}
      className="grid-canvas"
      // The world the fitted canvas shows, in input units (x, y, width, height): lets a test find a cell on screen.
      data-world={`${props.world.x},${props.world.y},${props.world.width},${props.world.height}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the grid is one keyboard-operated widget; its cells are drawn, not elements.
      tabIndex={0}
      role="application"
      aria-label={props.label}
      aria-describedby={cursorId}
      onKeyDown={onKeyDown}
      onPointerOver={wantGestures}
      onFocus={(event) => {
        wantGestures();
        if (cursor === null && event.currentTarget.matches(':focus-visible')) {
          setCursor(props.startCell);
          props.onPreview(props.startCell);
        }
      }}
      onPointerDown={() => setCursor(null)}
      onBlur={() => {
        setCursor(null);
        props.onPreview(null);
      }}
    >
      <canvas
        ref={canvas}
        className={zoomedIn ? 'grid-canvas__canvas grid-canvas__canvas--zoomed' : 'grid-canvas__canvas'}
        width={Math.round(width * (window.devicePixelRatio || 1))}
        height={Math.round(height * (window.devicePixelRatio || 1))}
        // Its height as a property the styles read: on paper the picture's own shape decides it.
        style={{ '--canvas-height': `${height}px` } as CSSProperties}
        onPointerMove={(event: PointerEvent<HTMLCanvasElement>) => {
          if (event.pointerType === 'mouse' && event.buttons === 0) props.onPreview(cellUnder(event));
        }}
        onPointerLeave={() => props.onPreview(null)}
        onClick={(event) => {
          const cell = cellUnder(event);
          props.onSelect(cell);
          if (cell !== null) requestAnimationFrame(() => keepClearOfSentence(cell));
        }}
      />
      {props.onMarkBox && (
        // A drag draws the student's box; the grid's own pan and zoom stay with its buttons and keys.
        <div
          className="grid-canvas__marker"
          data-box-marker=""
          onPointerDown={(event) => {
            const cell = cellUnder(event);
            if (cell === null) return;
            event.currentTarget.setPointerCapture(event.pointerId);
            drawing.current = cell;
            markTo(cell, cell);
          }}
          onPointerMove={(event) => {
            const cell = drawing.current === null ? null : cellUnder(event);
            if (cell !== null && drawing.current !== null) markTo(drawing.current, cell);
          }}
          onPointerUp={() => {
            drawing.current = null;
          }}
          onPointerCancel={() => {
            drawing.current = null;
          }}
        />
      )}
      <span id={cursorId} className="visually-hidden" aria-live="polite">
        {cursor === null ? '' : props.describeCell(cursor)}
      </span>
    </div>
  );
}
