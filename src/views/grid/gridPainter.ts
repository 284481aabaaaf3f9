import { themeColour } from '../theme';
import type { GridLayout, WorldRect } from './gridLayout';
import { gridExtent } from './gridLayout';

/** Colours of a grid drawing, read from the page's CSS custom properties so both themes work. */
export interface GridColours {
  paper: string;
  ink: string;
  receptive: string;
  influence: string;
  focus: string;
  /** A student's own box (predict, then check). */
  mark: string;
}

/** What a traced set on this layer is: the field below the focused unit, what it reaches above, or the unit itself. */
export type GridRole = 'receptive' | 'influence' | 'self';

/** Everything one grid drawing shows, in world coordinates (input units). */
export interface GridScene {
  /** The area drawn: the input and a margin of padding around it. */
  world: WorldRect;
  /** The input picture's rectangle. */
  input: WorldRect;
  layout: GridLayout;
  /** The input picture, at one pixel per input unit, or null to draw none (a 1D network, or still loading). */
  photo: CanvasImageSource | null;
  /** One pixel per unit: the veil and tint of each cell for the traced set (see {@link cellShades}), or null when nothing is traced. */
  shades: CanvasImageSource | null;
  /** The selected unit's cell, the keyboard cursor's, and the traced set's bounding box, when any. */
  selected: WorldRect | null;
  cursor: WorldRect | null;
  fieldBox: WorldRect | null;
  role: GridRole | null;
  /** The focused unit's analytic field [u·S − P, u·S − P + r − 1], drawn on the input. */
  analyticBox: WorldRect | null;
  /** A box a student marked as their answer (predict, then check), on the input. */
  markedBox?: WorldRect | null;
  colours: GridColours;
}

/** The canvas transform: screen pixel = offset + scale · world coordinate. */
export interface ScreenTransform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** Smallest cell, in CSS pixels, that gets grid lines drawn around it. */
const MIN_LINED_CELL = 6;

/** Alpha of the veil over what is outside the traced set, and of the tint over what is in it. */
const VEIL_ALPHA = 0.66;
const TINT_ALPHA = 0.22;

/** The red, green and blue of a CSS colour written `#rgb`, `#rrggbb` or `rgb(…)` (mid grey for anything else). */
export function parseColour(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((digit) => digit + digit).join('') : hex[1];
    const value = Number.parseInt(digits, 16);
    return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  }
  const rgb = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(colour);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [128, 128, 128];
}

/** An RGBA pixel as one 32-bit word in the machine's byte order, as ImageData stores it. */
function packPixel([red, green, blue]: [number, number, number], alpha: number): number {
  return new Uint32Array(Uint8Array.of(red, green, blue, alpha).buffer)[0];
}

/**
 * The shade of every cell of a layer for a traced set, as RGBA pixels (one per unit, row-major):
 * a light tint of the role's colour over units in the set, so the picture shows through, and a
 * veil of the paper colour over the rest. Written into `reuse` when it has one word per unit.
 */
export function cellShades(
  mask: Uint8Array,
  role: GridRole,
  colours: GridColours,
  reuse?: Uint32Array<ArrayBuffer>,
): Uint8ClampedArray<ArrayBuffer> {
  const tint = parseColour(
    role === 'influence' ? colours.influence : role === 'receptive' ? colours.receptive : colours.ink,
  );
  const inside = packPixel(tint, Math.round((role === 'self' ? 0 : TINT_ALPHA) * 255));
  const outside = packPixel(parseColour(colours.paper), Math.round(VEIL_ALPHA * 255));
  // One word per pixel: a quarter of the writes of a byte per channel (a 224 × 224 input is 50,176
  // units); `reuse`, when it is the right length, saves allocating the pixels for every new field.
  const count = mask.length;
  const words = reuse?.length === count ? reuse : new Uint32Array(count);
  // Without a branch per unit: `outside`, with the bits in which `inside` differs flipped for
  // units in the set (−1 is all ones); int32 arithmetic only, about twice as fast as a ternary.
  const base = outside | 0;
  const flip = inside ^ outside;
  for (let unit = 0; unit < count; unit += 1) words[unit] = base ^ (flip & -(mask[unit] !== 0));
  return new Uint8ClampedArray(words.buffer);
}

function strokeRect(
  context: CanvasRenderingContext2D,
  rect: WorldRect,
  transform: ScreenTransform,
  colour: string,
  width: number,
  dash: number[] = [],
): void {
  context.save();
  context.setLineDash(dash);
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.strokeRect(
    transform.offsetX + rect.x * transform.scale,
    transform.offsetY + rect.y * transform.scale,
    rect.width * transform.scale,
    rect.height * transform.scale,
  );
  context.restore();
}

/** Smallest side, in CSS pixels, of the rings that mark the selected cell and the keyboard cursor. */
const MIN_RING = 12;

/** `rect` grown about its centre so it is at least MIN_RING pixels on screen: a tiny cell stays findable. */
function ringAround(rect: WorldRect, transform: ScreenTransform): WorldRect {
  const side = MIN_RING / transform.scale;
  const width = Math.max(rect.width, side);
  const height = Math.max(rect.height, side);
  return {
    x: rect.x + (rect.width - width) / 2,
    y: rect.y + (rect.height - height) / 2,
    width,
    height,
  };
}

const hatchTiles = new Map<string, HTMLCanvasElement>();

/** A diagonal hatch for the padding around the input, in the ink colour (one tile per colour, kept). */
function hatchPattern(context: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  const kept = hatchTiles.get(colour);
  if (kept) return context.createPattern(kept, 'repeat');
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const tileContext = tile.getContext('2d');
  if (!tileContext) return null;
  tileContext.strokeStyle = colour;
  tileContext.globalAlpha = 0.35;
  tileContext.lineWidth = 1;
  tileContext.beginPath();
  tileContext.moveTo(0, 8);
  tileContext.lineTo(8, 0);
  tileContext.stroke();
  hatchTiles.set(colour, tile);
  return context.createPattern(tile, 'repeat');
}

/**
 * Draws one grid: the padding margin hatched, the picture, each cell's shade for the traced set (a
 * veil over the rest of the world too), grid lines where cells are large enough to tell apart, the
 * traced set's bounding box, the analytic field, the selected cell and the keyboard cursor.
 * `transform` maps world coordinates to CSS pixels; the context is already scaled for the screen.
 */
export function paintGrid(
  context: CanvasRenderingContext2D,
  size: { width: number; height: number },
  transform: ScreenTransform,
  scene: GridScene,
): void {
  const { colours, world, input, layout } = scene;
  const toScreen = (rect: WorldRect) =>
    [
      transform.offsetX + rect.x * transform.scale,
      transform.offsetY + rect.y * transform.scale,
      rect.width * transform.scale,
      rect.height * transform.scale,
    ] as const;
  context.clearRect(0, 0, size.width, size.height);
  context.fillStyle = colours.paper;
  context.fillRect(...toScreen(world));
  const hatch = hatchPattern(context, colours.ink);
  if (hatch) {
    context.save();
    context.beginPath();
    context.rect(...toScreen(world));
    context.rect(...toScreen(input));
    context.clip('evenodd');
    context.fillStyle = hatch;
    context.fillRect(0, 0, size.width, size.height);
    context.restore();
  }
  // Pixels are drawn as squares when zoomed in, so a single input pixel can be read.
  context.imageSmoothingEnabled = transform.scale < 2;
  if (scene.photo) context.drawImage(scene.photo, ...toScreen(input));
  const extent = gridExtent(layout);
  if (scene.shades) {
    context.save();
    context.beginPath();
    context.rect(...toScreen(world));
    context.rect(...toScreen(extent));
    context.clip('evenodd');
    context.globalAlpha = VEIL_ALPHA;
    context.fillStyle = colours.paper;
    context.fillRect(...toScreen(world));
    context.restore();
    context.imageSmoothingEnabled = false;
    context.drawImage(scene.shades, ...toScreen(extent));
  }
  const cellWidth = layout.cols.step * transform.scale;
  const cellHeight = layout.rows.step * transform.scale;
  if (Math.min(cellWidth, cellHeight) >= MIN_LINED_CELL) {
    const [x0, y0, width, height] = toScreen(extent);
    context.save();
    context.strokeStyle = colours.ink;
    context.globalAlpha = 0.22;
    context.lineWidth = 1;
    context.beginPath();
    // Only the lines on screen: at high zoom a 224-wide grid would otherwise draw hundreds off-canvas.
    const firstCol = Math.max(0, Math.floor(-x0 / cellWidth));
    const lastCol = Math.min(layout.cols.count, Math.ceil((size.width - x0) / cellWidth));
    for (let col = firstCol; col <= lastCol; col += 1) {
      const x = Math.round(x0 + col * cellWidth) + 0.5;
      context.moveTo(x, Math.max(0, y0));
      context.lineTo(x, Math.min(size.height, y0 + height));
    }
    const firstRow = Math.max(0, Math.floor(-y0 / cellHeight));
    const lastRow = Math.min(layout.rows.count, Math.ceil((size.height - y0) / cellHeight));
    for (let row = firstRow; row <= lastRow; row += 1) {
      const y = Math.round(y0 + row * cellHeight) + 0.5;
      context.moveTo(Math.max(0, x0), y);
      context.lineTo(Math.min(size.width, x0 + width), y);
    }
    context.stroke();
    context.restore();
  }
  const roleColour =
    scene.role === 'influence'
      ? colours.influence
      : scene.role === 'receptive'
        ? colours.receptive
        : colours.ink;
  if (scene.fieldBox) strokeRect(context, scene.fieldBox, transform, roleColour, 2, [6, 4]);
  if (scene.analyticBox) strokeRect(context, scene.analyticBox, transform, colours.ink, 1.5, [2, 3]);
  if (scene.markedBox) {
    strokeRect(context, scene.markedBox, transform, colours.paper, 6);
    strokeRect(context, scene.markedBox, transform, colours.mark, 3);
  }
  if (scene.selected) {
    const ring = ringAround(scene.selected, transform);
    strokeRect(context, ring, transform, colours.paper, 5);
    strokeRect(context, ring, transform, colours.ink, 2.5);
  }
  if (scene.cursor) {
    const ring = ringAround(scene.cursor, transform);
    strokeRect(context, ring, transform, colours.paper, 5);
    strokeRect(context, ring, transform, colours.focus, 2.5, [4, 2]);
  }
}

/** The grid's colours as the page's theme sets them. */
export function readColours(element: Element): GridColours {
  return {
    paper: themeColour(element, '--paper'),
    ink: themeColour(element, '--ink'),
    receptive: themeColour(element, '--receptive-stroke'),
    influence: themeColour(element, '--influence-stroke'),
    focus: themeColour(element, '--focus'),
    mark: themeColour(element, '--mark-stroke'),
  };
}

/**
 * Writes a grid's cell shades into `canvas` (one pixel per unit), resizing it to the layer; the
 * same canvas serves every field the grid shows, so tracing leaves no canvases behind.
 */
export function drawShades(
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
