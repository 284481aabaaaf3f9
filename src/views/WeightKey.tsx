import { unitName } from '../i18n';
import { weightStyle } from './weightStyle';

/** A swatch that shows a kernel weight's colour and line pattern, the same as its edges. */
export function WeightSwatch(props: { tap: number }) {
  const style = weightStyle(props.tap);
  return (
    <svg className="weight-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        style={{ stroke: style.colour }}
        strokeWidth="3"
        strokeDasharray={style.dash || undefined}
      />
    </svg>
  );
}

/**
 * The key to a figure's edge colours and patterns: a swatch and a name (w₁, w₂, …) for each of a
 * kernel's `count` weights, after `label`. Exported with the figure.
 */
export function WeightKey(props: { count: number; label: string }) {
  return (
    <p className="weight-key" data-weight-key="">
      <span data-export-text="">{props.label}</span>
      {Array.from({ length: props.count }, (_, tap) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one entry per kernel weight.
        <span key={tap} className="weight-key__item">
          <WeightSwatch tap={tap} />
          <span data-export-text="">{unitName('w', tap)}</span>
        </span>
      ))}
    </p>
  );
}
