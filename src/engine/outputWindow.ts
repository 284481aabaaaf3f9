import { forEachTap } from './forEachTap';
import { resolveSingleLayer } from './resolveSingleLayer';
import type { AxisValue, WindowGeometrySpec } from './spec';
import { unitPosition } from './unitIndex';

/** One tap of an output's window that lands on the input: the input unit (row-major) and the kernel weight (row-major) it meets. */
export interface WindowTap {
  input: number;
  tap: number;
}

/** The input units one output of a sliding window reads, and the rows and columns they span. */
export interface OutputWindow {
  /** In increasing tap order (also increasing input order); taps on padding are left out. */
  taps: WindowTap[];
  /** Inclusive; a 1D window spans row 0. Null when every tap falls on padding. */
  box: { top: number; left: number; bottom: number; right: number } | null;
}

/**
 * The window of output unit `outputIndex` (row-major) of a cross-correlation with `geometry` over
 * an input of extent `inputSize`: which inputs it reads with which weight, for any stride, dilation
 * and padding. Throws NetworkSpecError when the layer is impossible.
 */
export function outputWindow(
  inputSize: AxisValue,
  geometry: WindowGeometrySpec,
  outputIndex: number,
): OutputWindow {
  const layer = resolveSingleLayer(inputSize, { kind: 'conv', ...geometry });
  const taps: WindowTap[] = [];
  forEachTap(layer.axes ?? [], outputIndex, (input, tap) => taps.push({ input, tap }));
  if (taps.length === 0) return { taps, box: null };
  const positions = taps.map((tap) => unitPosition(layer.inputSize, tap.input));
  const rows = positions.map((position) => (position.length === 2 ? position[0] : 0));
  const cols = positions.map((position) => position[position.length - 1]);
  return {
    taps,
    box: {
      top: Math.min(...rows),
      left: Math.min(...cols),
      bottom: Math.max(...rows),
      right: Math.max(...cols),
    },
  };
}
