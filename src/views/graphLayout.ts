import { max, min } from 'd3-array';
import { linearScale } from './scales';

/** Where one layer's units sit: x centre of each unit, in input-unit coordinates. */
export interface LayerRow {
  /** Letter the book names the layer's units with (x, s, h, g). */
  letter: string;
  /** x position of each unit, in input units (unit i of the input sits at i). */
  positions: number[];
}

/** Pixel geometry of a unit graph, in the SVG's viewBox coordinates. */
export interface GraphLayout {
  width: number;
  height: number;
  radius: number;
  /**
   * Half width and half height of the invisible pointer target around each unit: as wide as the
   * spacing between units, so neighbouring targets touch without overlapping and a pointer always
   * picks the nearest unit, and at least a fingertip tall.
   */
  hitHalfWidth: number;
  hitHalfHeight: number;
  /** Pixel x of unit `index` of layer `layer`. */
  x(layer: number, index: number): number;
  /** Pixel y of layer `layer` (layer 0 at the bottom). */
  y(layer: number): number;
  /** Whether unit labels fit inside the circles. */
  showLabels: boolean;
  /**
   * When they do not: label every `labelEvery`-th unit of a row (and the focused one) beside its
   * circle, so that labels never crowd each other and the units a sentence names can be found.
   */
  labelEvery: number;
}

/** Horizontal room a label beside a unit needs (x₁₃ at 12 px), in CSS pixels. */
const LABEL_ROOM = 28;

/** Width used before the graph's box has been measured, in CSS pixels. */
export const DEFAULT_GRAPH_WIDTH = 640;
const MINIMUM_WIDTH = 240;
const ROW_GAP = 120;
const MARGIN = 34;

/** The height a graph of `rowCount` rows is drawn at, in CSS pixels (as {@link layoutGraph} lays it out). */
export function graphHeight(rowCount: number, topRoom = 0): number {
  return Math.max(0, rowCount - 1) * ROW_GAP + 2 * MARGIN + topRoom;
}

/** Narrowest a unit may be and still be tapped, in CSS pixels (WCAG 2.2's minimum target size). */
const MIN_TAP = 24;

/** How many units a row may hold across a graph `width` CSS pixels wide, each still wide enough to tap. */
export function tappableUnits(width: number): number {
  return Math.floor((Math.max(MINIMUM_WIDTH, width) - 2 * MARGIN) / MIN_TAP);
}

/** Room above the top row for notes written over its units (K₁, K₂, …), in CSS pixels. */
export const NOTE_ROOM = 22;

/**
 * Lays out rows of units bottom-up, as the book draws them: inputs below, outputs above, across
 * `width` CSS pixels (the graph's measured width, so units and labels keep their size on a phone),
 * with `topRoom` more pixels above the top row (for notes over its units).
 */
export function layoutGraph(
  rows: readonly LayerRow[],
  width = DEFAULT_GRAPH_WIDTH,
  topRoom = 0,
): GraphLayout {
  const viewWidth = Math.max(MINIMUM_WIDTH, Math.round(width));
  const all = rows.flatMap((row) => row.positions);
  const minimum = Math.min(0, min(all) ?? 0) - 0.5;
  const maximum = Math.max(0, max(all) ?? 0) + 0.5;
  const scale = linearScale([minimum, maximum], [MARGIN, viewWidth - MARGIN]);
  const step = scale(1) - scale(0);
  const radius = Math.max(3, Math.min(20, step * 0.4));
  const height = (rows.length - 1) * ROW_GAP + 2 * MARGIN + topRoom;
  return {
    width: viewWidth,
    height,
    radius,
    hitHalfWidth: Math.min(step / 2, ROW_GAP / 2),
    hitHalfHeight: Math.min(Math.max(radius + 6, 16), ROW_GAP / 2),
    x: (layer, index) => scale(rows[layer].positions[index]),
    y: (layer) => height - MARGIN - layer * ROW_GAP,
    showLabels: radius >= 11,
    labelEvery: Math.max(1, Math.ceil(LABEL_ROOM / step)),
  };
}
