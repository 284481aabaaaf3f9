import {
  type CSSProperties,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type MaskSummary, unitPosition } from '../../engine';
import type { UnitBox } from '../../state';
import { useThemeVersion } from '../theme';
import { useElementWidth } from '../useElementWidth';
import { cellAt, cellRect, cellsRect, type GridLayout, type WorldRect } from './gridLayout';
import {
  drawShades,
  type GridColours,
  type GridRole,
  paintGrid,
  readColours,
  type ScreenTransform,
} from './gridPainter';
import type { SharedZoom, ZoomView } from './sharedZoom';
import { useGridCursor } from './useGridCursor';
import { useZoomGestures } from './useZoomGestures';
import './grid.css';

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

/**
 * One layer drawn as a grid of cells over the picture, on a canvas (never a DOM node per unit).
 * Click or tap a cell to select its unit; hover to preview it; drag, Ctrl + wheel, pinch or the
 * + / − keys zoom and pan every grid of the figure together. By keyboard: arrows move a cursor,
 * Enter selects, Escape clears, Page Up / Page Down go to the grid drawn before or after on the page.
 */
export function GridCanvas(props: GridCanvasProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(frame);
  const height = Math.max(1, Math.round((width * props.world.height) / props.world.width));
  const cursorId = useId();
  const [colours, setColours] = useState<GridColours | null>(null);
  const [zoomedIn, setZoomedIn] = useState(false);
  const { gestures, wantGestures, withGestures } = useZoomGestures({
    frame,
    canvas,
    zoom: props.zoom,
    world: props.world,
    width,
    height,
    // A wheel zoom moves another cell under the still pointer: preview that one.
    onWheelZoom: (event) => latest.current.props.onPreview(cellUnder(event)),
  });
  const { cursor, onKeyDown, onFocus, onBlur, onPointerDown } = useGridCursor({
    shape: { rows: props.layout.rows.count, cols: props.layout.cols.count },
    selected: props.selected,
    startCell: props.startCell,
    onSelect: props.onSelect,
    onPreview: props.onPreview,
    onLayerStep: props.onLayerStep,
    zoomAbout: (factor, index) => zoomAbout(factor, index),
    resetZoom: () => withGestures((loaded) => loaded.reset()),
    reveal: (index) => reveal(index),
  });

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
        fieldBox: current.props.box ? cellsRect(layout, current.props.box) : null,
        role: current.props.role,
        analyticBox: current.props.analyticBox,
        markedBox: current.props.markedBox ? cellsRect(layout, current.props.markedBox) : null,
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

  // Every grid of the figure follows the shared view (its own gestures: useZoomGestures).
  useEffect(
    () =>
      props.zoom.subscribe((view) => {
        setZoomedIn(view.k > 1);
        schedulePaint();
      }),
    [props.zoom, schedulePaint],
  );
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
    const size = [props.layout.rows.count, props.layout.cols.count];
    const [fromRow, fromCol] = unitPosition(size, from);
    const [toRow, toCol] = unitPosition(size, to);
    props.onMarkBox?.({
      top: Math.min(fromRow, toRow),
      bottom: Math.max(fromRow, toRow),
      left: Math.min(fromCol, toCol),
      right: Math.max(fromCol, toCol),
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

  const zoomAbout = (factor: number, index: number) => {
    withGestures((loaded) => {
      const transform = screenTransform(props.zoom.get());
      const rect = cellRect(props.layout, index);
      loaded.scaleBy(factor, [
        transform.offsetX + (rect.x + rect.width / 2) * transform.scale,
        transform.offsetY + (rect.y + rect.height / 2) * transform.scale,
      ]);
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
        onFocus(event);
      }}
      onPointerDown={onPointerDown}
      onBlur={onBlur}
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
