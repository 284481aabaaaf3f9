import { max, min } from 'd3-array';
import { line } from 'd3-shape';
import { ChartGrid } from './ChartGrid';
import { linearScale } from './scales';

/** One line of a chart: a signal sampled at 0 … n − 1, with its own look so lines differ by more than colour. */
export interface Series {
  id: string;
  label: string;
  values: ArrayLike<number>;
  colour: string;
  dash?: string;
  /** Draw a dot at every sample too (a second cue for the series). */
  dots?: boolean;
}

const WIDTH = 480;
const HEIGHT = 130;
const MARGIN = { top: 10, right: 10, bottom: 18, left: 34 };

/** A small line chart of 1D signals on a shared scale; `shade` greys the samples it marks. */
export function LineChart(props: {
  title: string;
  summary: string;
  series: Series[];
  shade?: ArrayLike<number>;
  domain?: [number, number];
}) {
  const length = Math.max(1, max(props.series, (series) => series.values.length) ?? 0);
  const all = props.series.flatMap((series) => Array.from(series.values));
  const [low, high] = props.domain ?? [Math.min(0, min(all) ?? 0), Math.max(0.001, max(all) ?? 0)];
  const x = linearScale([0, length - 1], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([low, high], [HEIGHT - MARGIN.bottom, MARGIN.top], true);
  const path = line<number>()
    .x((_, index) => x(index))
    .y((value) => y(value));
  const step = x(1) - x(0);
  return (
    <figure className="chart" data-chart="line">
      <figcaption data-export-text="">{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.summary}>
        {props.shade &&
          Array.from(props.shade).map((marked, index) =>
            marked ? (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: one band per sample position.
                key={index}
                className="chart__shade"
                x={x(index) - step / 2}
                width={step}
                y={MARGIN.top}
                height={HEIGHT - MARGIN.top - MARGIN.bottom}
              />
            ) : null,
          )}
        <ChartGrid y={y} count={3} left={MARGIN.left} right={WIDTH - MARGIN.right} />
        {props.series.map((series) => (
          <g key={series.id} data-series={series.id}>
            <path
              className="chart__line"
              d={path(Array.from(series.values)) ?? ''}
              style={{ stroke: series.colour }}
              strokeDasharray={series.dash}
            />
            {series.dots &&
              Array.from(series.values).map((value, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one dot per sample position.
                <circle key={index} cx={x(index)} cy={y(value)} r={2.2} style={{ fill: series.colour }} />
              ))}
          </g>
        ))}
      </svg>
      <ul className="chart__key">
        {props.series.map((series) => (
          <li key={series.id}>
            <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={series.colour}
                strokeWidth="2.5"
                strokeDasharray={series.dash}
              />
              {series.dots && <circle cx="14" cy="5" r="2.5" fill={series.colour} />}
            </svg>
            <span data-export-text="">{series.label}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
