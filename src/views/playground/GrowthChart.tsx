import { max } from 'd3-array';
import { line } from 'd3-shape';
import { useRef } from 'react';
import type { LayerGeometry } from '../../engine';
import { useTranslate } from '../../state';
import { ChartGrid } from '../ChartGrid';
import { linearScale } from '../scales';
import { useElementWidth } from '../useElementWidth';
import { growthMarkers } from './growthMarkers';

/** Widest drawing, in CSS pixels; narrower when its column is, so its text keeps its size on a phone. */
const MAX_WIDTH = 560;
const MIN_WIDTH = 280;
const HEIGHT = 220;
const MARGIN = { top: 40, right: 16, bottom: 30, left: 52 };

/** Baselines of the marks' labels above the plot: one row per mark, so they never overlap. */
const MARK_ROWS = [14, 30];

/** Rough width of a mark's label, in pixels of its 12 px font, to keep it inside the chart. */
const labelWidth = (label: string) => label.length * 7;

/**
 * The receptive field r of every layer as a line (one per axis when they differ), the input's
 * extent as a reference line, and marks at the first layer where r exceeds the input and where a
 * centre unit first sees all of it. The focused layer is ringed.
 */
export function GrowthChart(props: {
  geometry: readonly LayerGeometry[];
  coverage: readonly number[];
  focusLayer: number | null;
}) {
  const t = useTranslate();
  const frame = useRef<HTMLElement>(null);
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, useElementWidth(frame)));
  const { geometry } = props;
  const last = geometry.length - 1;
  const input = geometry[0].size;
  const axes =
    input.length === 2 && geometry.some((layer) => layer.receptiveField[0] !== layer.receptiveField[1])
      ? [0, 1]
      : [input.length - 1];
  const largest = max([...geometry.flatMap((layer) => layer.receptiveField), ...input]) ?? 1;
  const x = linearScale([0, Math.max(1, last)], [MARGIN.left, width - MARGIN.right]);
  const y = linearScale([0, largest], [HEIGHT - MARGIN.bottom, MARGIN.top], true);
  const markers = growthMarkers(geometry, props.coverage);
  const inputExtent = max(input) ?? 1;
  const path = (axis: number) =>
    line<LayerGeometry>()
      .x((_, layer) => x(layer))
      .y((layer) => y(layer.receptiveField[axis]))(geometry as LayerGeometry[]) ?? '';
  const finalField = geometry[last].receptiveField;
  const exceeds =
    markers.exceeds === null
      ? t('playground.chart.exceedsNever')
      : t('playground.chart.exceeds', { layer: markers.exceeds });
  const covers =
    markers.covers === null
      ? t('playground.chart.coversNever')
      : t('playground.chart.covers', { layer: markers.covers });
  const summary = t('playground.chart.summary', {
    last,
    first: 1,
    final: finalField.join(' × '),
    input: input.join(' × '),
    exceeds,
    covers,
  });
  // Each mark's label sits above the plot in its own row, at its line. Two marks' labels point
  // away from each other (the left one leftwards), so neither crosses the other's line, unless
  // that would leave the chart; a line starts below its own label.
  const placed = [
    markers.exceeds === null
      ? null
      : { layer: markers.exceeds, kind: 'exceeds', label: t('playground.chart.exceedsMark') },
    markers.covers === null
      ? null
      : { layer: markers.covers, kind: 'covers', label: t('playground.chart.coversMark') },
  ].filter((item) => item !== null);
  const middle = (MARGIN.left + width - MARGIN.right) / 2;
  const mark = (item: (typeof placed)[number], row: number) => {
    const other = placed.find((entry) => entry !== item);
    const at = x(item.layer);
    let leftwards = other
      ? item.layer < other.layer || (item.layer === other.layer && row === 0)
      : at > middle;
    if (leftwards && at - labelWidth(item.label) < 0) leftwards = false;
    if (!leftwards && at + labelWidth(item.label) > width) leftwards = true;
    return (
      <g
        key={item.kind}
        className={`chart__mark chart__mark--${item.kind}`}
        data-marker={item.kind}
        data-layer={item.layer}
      >
        <line x1={at} x2={at} y1={MARK_ROWS[row] + 4} y2={HEIGHT - MARGIN.bottom} />
        <text x={at + (leftwards ? -4 : 4)} y={MARK_ROWS[row]} textAnchor={leftwards ? 'end' : 'start'}>
          {item.label}
        </text>
      </g>
    );
  };
  return (
    <figure ref={frame} className="chart growth-chart" data-chart="growth">
      <figcaption data-export-text="">{t('playground.chart.title')}</figcaption>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
        <ChartGrid y={y} count={4} left={MARGIN.left} right={width - MARGIN.right} />
        <g className="chart__reference">
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(inputExtent)} y2={y(inputExtent)} />
          {/* At the left, where r is still small, so the curve does not cross the label. */}
          <text x={MARGIN.left + 4} y={y(inputExtent) - 4}>
            {t('playground.chart.inputLine', { size: input.join(' × ') })}
          </text>
        </g>
        {placed.map((item, row) => mark(item, row))}
        {axes.map((axis, position) => (
          <path
            key={axis}
            className="chart__line"
            d={path(axis)}
            strokeDasharray={position === 1 ? '6 3' : undefined}
            data-series={axes.length === 2 ? (axis === 0 ? 'height' : 'width') : 'r'}
          />
        ))}
        {props.focusLayer !== null && props.focusLayer <= last && (
          <circle
            className="chart__focus"
            cx={x(props.focusLayer)}
            cy={y(geometry[props.focusLayer].receptiveField[axes[0]])}
            r={5}
          />
        )}
        {x
          .ticks(Math.min(last, Math.floor(width / 50)))
          .filter(Number.isInteger)
          .map((tick) => (
            <text
              key={tick}
              className="chart__label"
              x={x(tick)}
              y={HEIGHT - MARGIN.bottom + 16}
              textAnchor="middle"
            >
              {tick}
            </text>
          ))}
        <text className="chart__label" x={width - MARGIN.right} y={HEIGHT - 2} textAnchor="end">
          {t('playground.chart.axisX')}
        </text>
        <text
          className="chart__label chart__label--axis"
          transform={`translate(12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('playground.chart.axisY')}
        </text>
      </svg>
      <p className="chart__note" data-growth-note="" data-export-text="">
        {t('playground.chart.note', { exceeds, covers })}
      </p>
      {axes.length === 2 && (
        <ul className="chart__key">
          <li>
            <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false">
              <line x1="1" y1="5" x2="27" y2="5" className="chart__line" />
            </svg>
            <span data-export-text="">{t('playground.chart.height')}</span>
          </li>
          <li>
            <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false">
              <line x1="1" y1="5" x2="27" y2="5" className="chart__line" strokeDasharray="6 3" />
            </svg>
            <span data-export-text="">{t('playground.chart.width')}</span>
          </li>
        </ul>
      )}
    </figure>
  );
}
