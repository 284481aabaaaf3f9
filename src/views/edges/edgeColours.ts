/** An RGB colour. */
type Rgb = readonly [number, number, number];

/**
 * The signed scale: dark blue for the most negative value, grey at 0, light orange for the most
 * positive. Lightness rises from end to end, so the map reads in greyscale too (colour is not the
 * only cue), and nothing is clamped: the ends are ±the largest |value| of the map.
 */
const SIGNED: readonly Rgb[] = [
  [24, 52, 120],
  [128, 128, 128],
  [250, 196, 112],
];
/** The |value| scale: near white for 0, near black for the largest |value|, as edges inked on paper. */
const MAGNITUDE: readonly Rgb[] = [
  [248, 248, 248],
  [24, 24, 24],
];

/** The colour at `t` ∈ [0, 1] along evenly spaced stops. */
function along(stops: readonly Rgb[], t: number): Rgb {
  const position = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const low = Math.min(stops.length - 2, Math.floor(position));
  const part = position - low;
  const [a, b] = [stops[low], stops[low + 1]];
  return [0, 1, 2].map((channel) =>
    Math.round(a[channel] + (b[channel] - a[channel]) * part),
  ) as unknown as Rgb;
}

/** The colour of `value` on a map whose largest |value| is `extent`; `magnitude` draws |value|. */
export function edgeColour(value: number, extent: number, magnitude: boolean): Rgb {
  const scale = extent > 0 ? extent : 1;
  return magnitude ? along(MAGNITUDE, Math.abs(value) / scale) : along(SIGNED, 0.5 + value / (2 * scale));
}

/** The CSS colour of {@link edgeColour}. */
export function edgeCss(value: number, extent: number, magnitude: boolean): string {
  const [red, green, blue] = edgeColour(value, extent, magnitude);
  return `rgb(${red}, ${green}, ${blue})`;
}

/** The largest |value| of a map (0 for a map of zeros). */
export function edgeExtent(values: Float32Array): number {
  let largest = 0;
  for (let index = 0; index < values.length; index += 1) {
    const magnitude = Math.abs(values[index]);
    if (magnitude > largest) largest = magnitude;
  }
  return largest;
}

/** A lookup of 1,024 packed RGBA words spanning the scale, so painting a map costs one lookup per pixel. */
function lookupTable(magnitude: boolean): Uint32Array {
  const table = new Uint32Array(1024);
  const bytes = new Uint8Array(table.buffer);
  for (let step = 0; step < table.length; step += 1) {
    const t = step / (table.length - 1);
    const [red, green, blue] = magnitude ? along(MAGNITUDE, t) : along(SIGNED, t);
    bytes.set([red, green, blue, 255], step * 4);
  }
  return table;
}

const TABLES = { signed: lookupTable(false), magnitude: lookupTable(true) };

/**
 * Writes an edge map's colours into a canvas of its size (one canvas pixel per output), on a scale
 * whose ends are ±`extent` (the map's own largest |value| when not given).
 */
export function paintEdgeMap(
  canvas: HTMLCanvasElement,
  values: Float32Array,
  size: readonly number[],
  magnitude: boolean,
  extent = edgeExtent(values),
) {
  const [height, width] = size;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const scale = extent || 1;
  const table = magnitude ? TABLES.magnitude : TABLES.signed;
  const last = table.length - 1;
  const words = new Uint32Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const t = magnitude ? Math.abs(values[index]) / scale : 0.5 + values[index] / (2 * scale);
    words[index] = table[Math.round(Math.min(1, Math.max(0, t)) * last)];
  }
  context.putImageData(new ImageData(new Uint8ClampedArray(words.buffer), width, height), 0, 0);
}

/** Writes a greyscale image (values in [0, 1]) into a canvas of its size. */
export function paintGrey(canvas: HTMLCanvasElement, values: Float32Array, size: readonly number[]) {
  const [height, width] = size;
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const pixels = new Uint8ClampedArray(values.length * 4);
  for (let index = 0, at = 0; index < values.length; index += 1, at += 4) {
    const level = Math.round(values[index] * 255);
    pixels[at] = level;
    pixels[at + 1] = level;
    pixels[at + 2] = level;
    pixels[at + 3] = 255;
  }
  context.putImageData(new ImageData(pixels, width, height), 0, 0);
}
