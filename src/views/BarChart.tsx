import { max } from 'd3-array';
import { ChartGrid } from './ChartGrid';
import { bandScale, linearScale } from './scales';

/** One bar: its label under the axis and its value. */
export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 320;
const HEIGHT = 180;
const MARGIN = { top: 18, right: 8, bottom: 24, left: 34 };

/**
 * A small labelled bar chart (React elements on d3-array's scales), read out by its summary. With
 * `concealed` (a question the bars would answer is open) it keeps its place and its labels but
 * shows that sentence instead of the bars, so nothing moves when they appear.
 */
export function BarChart(props: {
  title: string;
  summary: string;
  bars: Bar[];
  highlight?: number;
  concealed?: string;
}) {
  const x = bandScale(props.bars.length, [MARGIN.left, WIDTH - MARGIN.right], 0.25);
  const maximum = Math.max(1, max(props.bars, (bar) => bar.value) ?? 0);
  const y = linearScale([0, maximum], [HEIGHT - MARGIN.bottom, MARGIN.top], true);
  const label = (bar: Bar, index: number) => (
    <text className="chart__label" x={x(index) + x.bandwidth / 2} y={HEIGHT - 6} textAnchor="middle">
      {bar.label}
    </text>
  );
  if (props.concealed)
    return (
      <figure className="chart chart--concealed" data-chart="concealed">
        <figcaption>{props.title}</figcaption>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.concealed}>
          <line className="chart__baseline" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
          <foreignObject
            x={MARGIN.left}
            y={MARGIN.top}
            width={WIDTH - MARGIN.left - MARGIN.right}
            height={y(0) - MARGIN.top}
          >
            <p className="chart__concealed">{props.concealed}</p>
          </foreignObject>
          {props.bars.map((bar, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one label per layer, in layer order.
            <g key={`${bar.label}:${index}`}>{label(bar, index)}</g>
          ))}
        </svg>
      </figure>
    );
  return (
    <figure className="chart" data-chart="bars">
      <figcaption data-export-text="">{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.summary}>
        <ChartGrid y={y} count={4} left={MARGIN.left} right={WIDTH - MARGIN.right} />
        {props.bars.map((bar, index) => (
          <g
            // biome-ignore lint/suspicious/noArrayIndexKey: one bar per layer, in layer order.
            key={`${bar.label}:${index}`}
            data-bar={bar.value}
            className={index === props.highlight ? 'chart__bar chart__bar--highlight' : 'chart__bar'}
          >
            <rect x={x(index)} width={x.bandwidth} y={y(bar.value)} height={y(0) - y(bar.value)} />
            <text x={x(index) + x.bandwidth / 2} y={y(bar.value) - 4} textAnchor="middle">
              {bar.value}
            </text>
            {label(bar, index)}
          </g>
        ))}
      </svg>
    </figure>
  );
}
