import { analyticField, type LayerGeometry, type LayerSpec, unitPosition } from '../../engine';
import { type MessageKey, type Translate, unitName } from '../../i18n';
import type { Selection } from '../../state';
import { formatExtent, layerName } from './describeLayer';

/**
 * The sentences a reader hears for the focused unit of a network drawn as grids (rows and columns
 * counted from 0 at the top left, as in an image array): which unit, its
 * r, S and P, the input rows and columns its analytic field spans and how many of those pixels are
 * real input rather than padding, how many input units exactly can influence it, and how many units
 * of the last layer it reaches. `masks` is the traced field (below: receptive field, above: influence).
 */
export function describeFocus(
  t: Translate,
  geometry: readonly LayerGeometry[],
  layers: readonly LayerSpec[],
  focus: Selection,
  masks: readonly Uint8Array[] | null,
  previewing: boolean,
  /** The book's letter for each layer's units (x, h, g …): a 1D unit is named as in the graphs, x₁ first. */
  letters: readonly string[],
): string[] {
  const size = geometry[focus.layer].size;
  const twoD = size.length === 2;
  const [row, col] = twoD ? unitPosition(size, focus.index) : [0, focus.index];
  const input = (index: number) => unitName(letters[0] ?? 'x', index);
  const position = twoD
    ? t('playground.live.position2d', { row, col })
    : unitName(letters[focus.layer] ?? 'z', col);
  const sentences: string[] = [];
  const count = (mask: Uint8Array) => {
    let total = 0;
    for (let index = 0; index < mask.length; index += 1) total += mask[index];
    return total;
  };
  // Which unit, and whether it is the one selected or only the one under the pointer.
  const said = (unit: string) =>
    t(previewing ? 'playground.live.previewing' : 'playground.live.selected', { unit });
  if (focus.layer === 0) {
    sentences.push(said(t(twoD ? 'playground.live.input' : 'playground.live.input1d', { position })));
  } else {
    const { receptiveField, effectiveStride, effectivePadding } = geometry[focus.layer];
    sentences.push(
      said(
        t(twoD ? 'playground.live.unit' : 'playground.live.unit1d', {
          layer: focus.layer,
          name: layerName(t, layers[focus.layer - 1], size.length),
          position,
          r: formatExtent(receptiveField),
          stride: formatExtent(effectiveStride),
          padding: formatExtent(effectivePadding),
        }),
      ),
    );
    const axes = analyticField(geometry, focus.layer, focus.index);
    const total = axes.reduce((product, axis) => product * (axis.end - axis.start + 1), 1);
    const real = axes.reduce((product, axis) => product * axis.inside, 1);
    // "rows 3 to 9", or "row 3" when the field is one unit across; in 1D, by the inputs' names
    // (x₄–x₁₀), which may reach past the input into padding (x₀, or below).
    const span = (axis: (typeof axes)[number], range: MessageKey, single: MessageKey) =>
      axis.start === axis.end
        ? t(single, { from: axis.start })
        : t(range, { from: axis.start, to: axis.end });
    const cols = twoD
      ? span(axes[1], 'playground.live.colRange', 'playground.live.colSingle')
      : axes[0].start === axes[0].end
        ? input(axes[0].start)
        : t('live.range', { first: input(axes[0].start), last: input(axes[0].end) });
    const extentKey: MessageKey =
      real === total
        ? twoD
          ? 'playground.live.pixelsReal'
          : 'playground.live.positionsReal'
        : twoD
          ? 'playground.live.pixelsPadded'
          : 'playground.live.positionsPadded';
    const extent = t(extentKey, { count: total, real, padded: total - real });
    sentences.push(
      twoD
        ? t('playground.live.box2d', {
            rows: span(axes[0], 'playground.live.rowRange', 'playground.live.rowSingle'),
            cols,
            extent,
          })
        : t('playground.live.box1d', { cols, extent }),
    );
    // A field larger than the input is mostly padding, and drawn beyond the picture.
    const inputSize = geometry[0].size;
    if (axes.some((axis, position) => axis.end - axis.start + 1 > inputSize[position]))
      sentences.push(
        t('playground.live.beyond', { r: formatExtent(receptiveField), size: inputSize.join(' × ') }),
      );
    // The middle unit of a layer may not be over the middle of the input, and readers expect it to be.
    const middle = size.map((extent) => Math.floor((extent - 1) / 2));
    const isMiddle = twoD ? row === middle[0] && col === middle[1] : col === middle[0];
    const centres = axes.map((axis) => (axis.start + axis.end) / 2);
    const inputCentres = inputSize.map((extent) => (extent - 1) / 2);
    if (isMiddle && centres.some((centre, position) => Math.abs(centre - inputCentres[position]) >= 0.5)) {
      const at = (values: number[]) =>
        twoD ? t('playground.live.position2d', { row: values[0], col: values[1] }) : String(values[0]);
      sentences.push(t('playground.live.offCentre', { centre: at(centres), middle: at(inputCentres) }));
    }
    // Fewer units than the box's real pixels can influence the unit when a stride or dilation
    // leaves gaps that no window reads.
    if (masks?.[0] && masks[0].length > 0) {
      const exact = count(masks[0]);
      sentences.push(
        exact < real
          ? t('playground.live.exactFewer', { count: exact, real })
          : t('playground.live.exactAll', { count: exact }),
      );
    }
  }
  const top = geometry.length - 1;
  if (focus.layer < top && masks?.[top] && masks[top].length > 0) {
    const reached = count(masks[top]);
    const total = masks[top].length;
    // Named, with its number: the last layer may be one the playground does not draw.
    const last = { layer: top, name: layerName(t, layers[top - 1], geometry[top].size.length) };
    sentences.push(
      reached === total
        ? t(total === 1 ? 'playground.live.reachesOnly' : 'playground.live.reachesAll', {
            count: total,
            ...last,
          })
        : t('playground.live.reaches', { count: reached, total, ...last }),
    );
  }
  return sentences;
}
