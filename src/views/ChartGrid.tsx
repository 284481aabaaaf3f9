import type { LinearScale } from './scales';
import './charts.css';

/** Horizontal grid lines with their values at the left edge of a chart, `count` ticks of scale `y`. */
export function ChartGrid(props: { y: LinearScale; count: number; left: number; right: number }) {
  return props.y.ticks(props.count).map((tick) => (
    <g key={tick} className="chart__tick" transform={`translate(0 ${props.y(tick)})`}>
      <line x1={props.left} x2={props.right} />
      <text x={props.left - 4} dy="0.32em" textAnchor="end">
        {String(tick).replace('-', '\u2212')}
      </text>
    </g>
  ));
}
