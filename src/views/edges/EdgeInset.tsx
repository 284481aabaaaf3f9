import type { EdgeKernel } from '../../scenes';
import { useTranslate } from '../../state';
import { formatValue, pixelName } from './describeOutput';
import type { GreyImage } from './greyImage';

/** Side of a magnified pixel, in SVG units. */
const CELL = 40;
/** Pixels shown around the field on each side. */
const AROUND = 1;

/**
 * The pixels around a receptive field, magnified, each with its value; the field's pixels are
 * outlined and carry the weight they are multiplied by. `field` is the window's top-left input
 * pixel, or for an input pixel (no weights) the pixel itself with a 1 × 1 window.
 */
export function EdgeInset(props: {
  image: GreyImage;
  kernel: EdgeKernel | null;
  field: { row: number; col: number };
  name: string;
}) {
  const t = useTranslate();
  const [height, width] = props.image.size;
  const [kh, kw] = props.kernel?.size ?? [1, 1];
  const top = Math.max(0, props.field.row - AROUND);
  const left = Math.max(0, props.field.col - AROUND);
  const bottom = Math.min(height - 1, props.field.row + kh - 1 + AROUND);
  const right = Math.min(width - 1, props.field.col + kw - 1 + AROUND);
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const cells = [];
  for (let row = top; row <= bottom; row += 1) {
    for (let col = left; col <= right; col += 1) {
      const value = props.image.values[row * width + col];
      const i = row - props.field.row;
      const j = col - props.field.col;
      const inField = i >= 0 && i < kh && j >= 0 && j < kw;
      const weight = props.kernel && inField ? props.kernel.weights[i * kw + j] : null;
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
          x={(props.field.col - left) * CELL}
          y={(props.field.row - top) * CELL}
          width={kw * CELL}
          height={kh * CELL}
        />
        <title>{pixelName(props.field.row, props.field.col)}</title>
      </svg>
    </figure>
  );
}
