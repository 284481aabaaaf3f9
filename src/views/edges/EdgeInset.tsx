import type { OutputWindow } from '../../engine';
import { useTranslate } from '../../state';
import { formatValue, pixelName } from './describeOutput';
import type { GreyImage } from './greyImage';

/** Side of a magnified pixel, in SVG units. */
const CELL = 40;
/** Pixels shown around the field on each side. */
const AROUND = 1;

/**
 * The pixels around a receptive field, magnified, each with its value; the field's box is outlined.
 * For an output, the engine's `window` of it gives the box and which pixel is multiplied by which
 * of `weights` (shown on the pixel); for an input pixel (`window` null) the box is the pixel itself.
 */
export function EdgeInset(props: {
  image: GreyImage;
  pixel: { row: number; col: number };
  window: OutputWindow | null;
  weights: readonly number[];
  name: string;
}) {
  const t = useTranslate();
  const [height, width] = props.image.size;
  const field = props.window?.box ?? {
    top: props.pixel.row,
    left: props.pixel.col,
    bottom: props.pixel.row,
    right: props.pixel.col,
  };
  const weightOf = new Map(props.window?.taps.map((tap) => [tap.input, props.weights[tap.tap]]));
  const top = Math.max(0, field.top - AROUND);
  const left = Math.max(0, field.left - AROUND);
  const bottom = Math.min(height - 1, field.bottom + AROUND);
  const right = Math.min(width - 1, field.right + AROUND);
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const cells = [];
  for (let row = top; row <= bottom; row += 1) {
    for (let col = left; col <= right; col += 1) {
      const value = props.image.values[row * width + col];
      const weight = weightOf.get(row * width + col) ?? null;
      const x = (col - left) * CELL;
      const y = (row - top) * CELL;
      const level = Math.round(value * 255);
      cells.push(
        <g key={`${row}:${col}`}>
          <rect x={x} y={y} width={CELL} height={CELL} fill={`rgb(${level}, ${level}, ${level})`} />
          <text
            x={x + CELL / 2}
            y={y + CELL / 2 + (weight === null ? 4 : 0)}
            className={value > 0.55 ? 'edge-inset__value edge-inset__value--dark' : 'edge-inset__value'}
          >
            {formatValue(value)}
          </text>
          {weight !== null && (
            <text
              x={x + CELL / 2}
              y={y + CELL - 6}
              className={value > 0.55 ? 'edge-inset__weight edge-inset__value--dark' : 'edge-inset__weight'}
            >
              ×{formatValue(weight).replace(/\.?0+$/, '')}
            </text>
          )}
        </g>,
      );
    }
  }
  return (
    <figure className="edge-inset" data-edge-inset="">
      <figcaption data-export-text="">{t('edges.inset.title')}</figcaption>
      <svg
        viewBox={`-3 -3 ${cols * CELL + 6} ${rows * CELL + 6}`}
        width={cols * CELL + 6}
        className="edge-inset__picture"
        role="img"
        aria-label={t('edges.inset.label', { name: props.name })}
      >
        {cells}
        <rect
          className="edge-inset__field"
          x={(field.left - left) * CELL}
          y={(field.top - top) * CELL}
          width={(field.right - field.left + 1) * CELL}
          height={(field.bottom - field.top + 1) * CELL}
        />
        <title>{pixelName(field.top, field.left)}</title>
      </svg>
    </figure>
  );
}
