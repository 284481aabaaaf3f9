import { type KeyboardEvent, memo } from 'react';

/**
 * How a unit is drawn: the focused unit, in its field (below or above), outside it (faded), or with
 * nothing focused; while a question is asked, the question's unit, a student's mark, and once
 * checked each answer judged right, missed or extra.
 */
export type UnitState =
  | 'selected'
  | 'receptive'
  | 'influence'
  | 'faded'
  | 'idle'
  | 'target'
  | 'marked'
  | 'right'
  | 'missed'
  | 'extra';

/** The judgement a checked answer's unit carries (`data-judged`). */
const JUDGED: ReadonlySet<UnitState> = new Set(['right', 'missed', 'extra']);

/** The mark drawn at a unit's shoulder, so a state never rests on colour alone. */
const BADGES: Partial<Record<UnitState, string>> = {
  target: '?',
  marked: '●',
  right: '✓',
  missed: '!',
  extra: '✗',
};

/** Props of one unit circle. */
export interface UnitNodeProps {
  layer: number;
  index: number;
  x: number;
  y: number;
  radius: number;
  /** Half width and half height of the invisible pointer target. */
  hitHalfWidth: number;
  hitHalfHeight: number;
  /** Visible label (x₃): inside the circle, beside it (below, when the circle is too small), or none. */
  label: string;
  showLabel: 'inside' | 'beside' | 'none';
  /** A short note drawn under the unit, or null. */
  note: string | null;
  /** Gives the full accessible name, e.g. "x₃, input 3 of 5, in the receptive field"; called only when this unit redraws. */
  describe(layer: number, index: number, state: UnitState): string;
  state: UnitState;
  /** Whether this is the selected unit (as opposed to one only hovered). */
  pressed: boolean;
  /** Whether the figure asks a question: the unit is then marked, not selected. */
  asking?: boolean;
  /** While asking: whether the student marked this unit. */
  marked?: boolean;
  /** While asking: whether it can be marked now (units off the question's layers, and all once checked, cannot). */
  markable?: boolean;
  isTabStop: boolean;
  onActivate(layer: number, index: number): void;
  onFocusUnit(layer: number, index: number): void;
  onPointerUnit(layer: number, index: number, entering: boolean): void;
  onKey(event: KeyboardEvent<SVGGElement>, layer: number, index: number): void;
  registerNode(key: string, node: SVGGElement | null): void;
}

/** One unit of a layer: a labelled circle that is also a keyboard- and pointer-operable button. */
export const UnitNode = memo(function UnitNode(props: UnitNodeProps) {
  const { layer, index, state } = props;
  const key = `${layer}:${index}`;
  const badge = BADGES[state];
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG unit cannot be a <button>; role and keys make it one.
    <g
      ref={(node) => props.registerNode(key, node)}
      // One tab stop per graph: the arrows move on.
      tabIndex={props.isTabStop ? 0 : -1}
      className={`unit unit--${state}`}
      role="button"
      aria-label={props.describe(layer, index, state)}
      aria-pressed={props.asking ? props.marked === true : props.pressed}
      aria-disabled={props.asking && !props.markable ? true : undefined}
      data-unit={key}
      data-field={state === 'receptive' || state === 'influence' ? state : undefined}
      data-selected={props.pressed && !props.asking ? '' : undefined}
      data-target={state === 'target' ? '' : undefined}
      data-marked={props.asking && props.marked ? '' : undefined}
      data-judged={JUDGED.has(state) ? state : undefined}
      transform={`translate(${props.x.toFixed(1)} ${props.y.toFixed(1)})`}
      onClick={(event) => {
        props.onActivate(layer, index);
        // On a phone the sentence that answers sticks to the bottom of the screen: the tapped unit
        // is kept clear of it (html's scroll-padding-bottom, styles.css).
        const unit = event.currentTarget;
        requestAnimationFrame(() => unit.scrollIntoView({ block: 'nearest' }));
      }}
      onFocus={() => props.onFocusUnit(layer, index)}
      onKeyDown={(event) => props.onKey(event, layer, index)}
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') props.onPointerUnit(layer, index, true);
      }}
    >
      <rect
        className="unit__hit"
        x={-props.hitHalfWidth}
        y={-props.hitHalfHeight}
        width={2 * props.hitHalfWidth}
        height={2 * props.hitHalfHeight}
      />
      <circle className="unit__focus" r={props.radius + 5} />
      <circle className="unit__body" r={props.radius} />
      {props.showLabel === 'inside' && (
        <text
          className="unit__label"
          dy="0.35em"
          textAnchor="middle"
          fontSize={Math.round(props.radius * 0.95)}
        >
          {props.label}
        </text>
      )}
      {props.showLabel === 'beside' && (
        <text
          className="unit__label unit__label--beside"
          y={props.radius + 13}
          textAnchor="middle"
          fontSize={12}
        >
          {props.label}
        </text>
      )}
      {badge && (
        <g
          className="unit__badge"
          transform={`translate(${(props.radius * 0.85).toFixed(1)} ${(-props.radius * 0.85).toFixed(1)})`}
        >
          <circle className="unit__badge-ring" r={Math.max(6, props.radius * 0.45)} />
          <text dy="0.35em" textAnchor="middle" fontSize={Math.max(9, Math.round(props.radius * 0.6))}>
            {badge}
          </text>
        </g>
      )}
      {props.note && (
        <text
          className="unit__note"
          y={-props.radius - 6}
          textAnchor="middle"
          fontSize={Math.max(13, Math.round(props.radius * 0.85))}
        >
          {props.note}
        </text>
      )}
    </g>
  );
});
