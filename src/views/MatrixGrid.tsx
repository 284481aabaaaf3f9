import type { LayerConnections } from '../engine';
import { subscript } from '../i18n';
import { weightStyle } from './weightStyle';
import './charts.css';

const CELL_LIMIT = 360;

/**
 * A layer's weight matrix as a grid: one row per output, one column per input, a filled cell for
 * every connection. With `byTap`, cells are coloured and numbered by the kernel weight they hold
 * (a convolution's matrix repeats the same k weights along its band).
 */
export function MatrixGrid(props: {
  /** The grid's caption, also its accessible name. */
  title: string;
  rows: number;
  cols: number;
  connections: LayerConnections;
  /** Colour and number each cell by the kernel tap it holds (a convolution's matrix). */
  byTap?: boolean;
}) {
  const cell = Math.max(4, Math.min(28, Math.floor(CELL_LIMIT / Math.max(props.rows, props.cols))));
  const width = props.cols * cell + 2;
  const height = props.rows * cell + 2;
  const { inputs, outputs, taps } = props.connections;
  return (
    <figure className="chart" data-matrix={props.byTap ? 'conv' : 'dense'}>
      <figcaption data-export-text="">{props.title}</figcaption>
      <svg
        className="matrix"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        role="img"
        aria-label={props.title}
      >
        <rect className="matrix__frame" x={0.5} y={0.5} width={width - 1} height={height - 1} />
        {Array.from(inputs, (input, edge) => {
          const tap = props.byTap ? taps[edge] : null;
          const x = 1 + input * cell;
          const y = 1 + outputs[edge] * cell;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one cell per connection, in engine order.
            <g key={edge} data-cell={tap ?? ''}>
              <rect
                className={tap === null ? 'matrix__cell' : 'matrix__cell matrix__cell--tap'}
                x={x + 0.5}
                y={y + 0.5}
                width={cell - 1}
                height={cell - 1}
                style={tap === null ? undefined : { fill: weightStyle(tap).colour }}
              />
              {tap !== null && cell >= 14 && (
                <text
                  className="matrix__label"
                  x={x + cell / 2}
                  y={y + cell / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={cell * 0.55}
                >
                  {subscript(tap + 1)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
