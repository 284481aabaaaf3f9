import { max, min } from 'd3-array';
import { line } from 'd3-shape';
import { type KeyboardEvent, type MouseEvent, useRef } from 'react';
import { ChartGrid } from './ChartGrid';
import { linearScale } from './scales';
import { useElementWidth } from './useElementWidth';

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

/** Widest layout; a narrower chart (a phone) is laid out at the width it is shown, so its text keeps its size. */
const WIDEST = 480;
const NARROWEST = 240;
const HEIGHT = 130;
const MARGIN = { top: 10, right: 10, bottom: 20, left: 34 };

/** Samples of one series to ring (e.g. where a picked sample's influence lands). */
export interface ChartMarks {
  series: string;
  positions: readonly number[];
}

/** Picking a sample of the chart: by click or tap, or by keyboard as a slider over the positions. */
export interface ChartPicker {
  /** The picked position, or null. */
  value: number | null;
  /** Accessible name of the picker. */
  label: string;
  /** What the picked position is, read out by assistive technology. */
  valueText: string;
  onPick(position: number | null): void;
}

/**
 * A small line chart of 1D signals on a shared scale; `shade` greys the samples it marks, `marks`
 * rings samples of a series, and `picker` lets a sample be picked (click, tap, or arrow keys).
 */
export function LineChart(props: {
  title: string;
  summary: string;
  series: Series[];
  shade?: ArrayLike<number>;
  domain?: [number, number];
  marks?: readonly ChartMarks[];
  picker?: ChartPicker;
}) {
  const frame = useRef<HTMLElement>(null);
  const width = Math.max(NARROWEST, Math.min(WIDEST, useElementWidth(frame)));
  const length = Math.max(1, max(props.series, (series) => series.values.length) ?? 0);
  const all = props.series.flatMap((series) => Array.from(series.values));
  const [low, high] = props.domain ?? [Math.min(0, min(all) ?? 0), Math.max(0.001, max(all) ?? 0)];
  const x = linearScale([0, length - 1], [MARGIN.left, width - MARGIN.right]);
  const y = linearScale([low, high], [HEIGHT - MARGIN.bottom, MARGIN.top], true);
  const path = line<number>()
    .x((_, index) => x(index))
    .y((value) => y(value));
  const step = x(1) - x(0);
  const positionStep = length > 60 ? 10 : 5;
  const { picker } = props;
  const pickAt = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const viewX = ((event.clientX - box.left) / box.width) * width;
    picker?.onPick(Math.min(length - 1, Math.max(0, Math.round((viewX - x(0)) / step))));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!picker) return;
    const at = picker.value ?? Math.floor(length / 2);
    const next: Record<string, number> = {
      ArrowLeft: at - 1,
      ArrowDown: at - 1,
      ArrowRight: at + 1,
      ArrowUp: at + 1,
      PageDown: at - 5,
      PageUp: at + 5,
      Home: 0,
      End: length - 1,
    };
    if (event.key === 'Escape') {
      picker.onPick(null);
      return;
    }
    if (!(event.key in next)) return;
    event.preventDefault();
    picker.onPick(Math.min(length - 1, Math.max(0, next[event.key])));
  };
  const chart = (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are on the slider around the chart.
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-label={props.summary}
      className={picker ? 'chart__picker' : undefined}
      onClick={picker ? pickAt : undefined}
    >
      {props.shade &&
        Array.from(props.shade).map((marked, index) =>
          marked ? (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: one band per sample position.
              key={index}
              className="chart__shade"
              // The band stays inside the plot at the first and last samples.
              x={Math.max(MARGIN.left, x(index) - step / 2)}
              width={
                Math.min(width - MARGIN.right, x(index) + step / 2) -
                Math.max(MARGIN.left, x(index) - step / 2)
              }
              y={MARGIN.top}
              height={HEIGHT - MARGIN.top - MARGIN.bottom}
            />
          ) : null,
        )}
      <ChartGrid y={y} count={3} left={MARGIN.left} right={width - MARGIN.right} />
      {/* Sample positions every 5 (every 10 on a long signal), so positions named in the text can be found. */}
      {Array.from(
        { length: Math.floor((length - 1) / positionStep) + 1 },
        (_, tick) => tick * positionStep,
      ).map((position) => (
        <text key={position} className="chart__position" x={x(position)} y={HEIGHT - 4} textAnchor="middle">
          {position}
        </text>
      ))}
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
      {props.marks?.map((mark) => {
        const series = props.series.find((item) => item.id === mark.series);
        if (!series) return null;
        return (
          <g
            key={mark.series}
            className="chart__marks"
            data-marks={mark.series}
            data-positions={mark.positions.join(',')}
          >
            {mark.positions.map((position) => (
              <circle key={position} cx={x(position)} cy={y(series.values[position] ?? 0)} r={5.5} />
            ))}
          </g>
        );
      })}
      {picker && picker.value !== null && (
        <line
          className="chart__pick"
          x1={x(picker.value)}
          x2={x(picker.value)}
          y1={MARGIN.top}
          y2={HEIGHT - MARGIN.bottom}
        />
      )}
    </svg>
  );
  return (
    <figure ref={frame} className="chart" data-chart="line">
      <figcaption data-export-text="">{props.title}</figcaption>
      {picker ? (
        <div
          className="chart__slider"
          role="slider"
          tabIndex={0}
          aria-label={picker.label}
          aria-valuemin={0}
          aria-valuemax={length - 1}
          // With nothing picked the slider rests mid-way, where the arrow keys start; its text says so.
          aria-valuenow={picker.value ?? Math.floor(length / 2)}
          aria-valuetext={picker.valueText}
          data-picker=""
          onKeyDown={onKeyDown}
        >
          {chart}
        </div>
      ) : (
        chart
      )}
      <ul className="chart__key">
        {props.series.map((series) => (
          <li key={series.id}>
            <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                style={{ stroke: series.colour }}
                strokeWidth="2.5"
                strokeDasharray={series.dash}
              />
              {series.dots && <circle cx="14" cy="5" r="2.5" style={{ fill: series.colour }} />}
            </svg>
            <span data-export-text="">{series.label}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
