import { type KeyboardEvent, memo, useRef, useState } from 'react';
import type { LayerConnections } from '../engine';
import type { Verdict } from './UnitGraph';

/** What a graph's connections show and do while a student marks them (a weight question). */
export interface EdgeMarking {
  /** The layer whose connections can be marked (they join layer − 1 to layer). */
  layer: number;
  /** Marked connections, as `"<layer>:<output>:<input>"`. */
  marked: ReadonlySet<string>;
  /** Once checked: the verdict on every connection of the answer and every mark, by key. */
  judged: ReadonlyMap<string, Verdict> | null;
  onToggle(key: string): void;
  /** Accessible name of a connection: its units, whether marked, its verdict. */
  describe(output: number, input: number, marked: boolean, verdict: Verdict | undefined): string;
  /** Accessible name of the group. */
  label: string;
}

/** Half the width of a connection's pointer target, in the graph's pixels: about a fingertip in all. */
const HIT_HALF_WIDTH = 8;

/** A thin rectangle along a segment: the connection's pointer target (a bare line has no area to hit). */
function hitPath(x1: number, y1: number, x2: number, y2: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = (-(y2 - y1) / length) * HIT_HALF_WIDTH;
  const ny = ((x2 - x1) / length) * HIT_HALF_WIDTH;
  const corner = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`;
  return `M${corner(x1 + nx, y1 + ny)}L${corner(x2 + nx, y2 + ny)}L${corner(x2 - nx, y2 - ny)}L${corner(x1 - nx, y1 - ny)}Z`;
}

/** The mark drawn at a judged connection's middle, so a verdict never rests on colour alone. */
const BADGES: Record<Verdict, string> = { right: '✓', missed: '!', extra: '✗' };

/**
 * The connections of one layer as toggle buttons over the drawn edges: a click, a tap or Enter marks
 * one; the arrow keys move between them (in the order the layer lists them: by output, then input).
 * `segments` holds x1, y1, x2, y2 of each connection in the graph's pixels.
 */
export const MarkableEdges = memo(function MarkableEdges(props: {
  marking: EdgeMarking;
  connections: LayerConnections;
  segments: Float32Array;
}) {
  const { marking, connections, segments } = props;
  const nodes = useRef<(SVGGElement | null)[]>([]);
  const [focused, setFocused] = useState(0);
  const count = connections.inputs.length;
  const keyOf = (edge: number) => `${marking.layer}:${connections.outputs[edge]}:${connections.inputs[edge]}`;
  const onKey = (event: KeyboardEvent<SVGGElement>, edge: number) => {
    let next = edge;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, edge + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, edge - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (!marking.judged) marking.onToggle(keyOf(edge));
        return;
      default:
        return;
    }
    event.preventDefault();
    nodes.current[next]?.focus();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noInteractiveElementToNoninteractiveRole: a <fieldset> cannot hold SVG, and an SVG <g> is no control; the group names the connections.
    <g className="connections" role="group" aria-label={marking.label}>
      {Array.from({ length: count }, (_, edge) => {
        const key = keyOf(edge);
        const marked = marking.marked.has(key);
        const verdict = marking.judged?.get(key);
        const [x1, y1, x2, y2] = segments.subarray(edge * 4, edge * 4 + 4);
        const state = verdict ?? (marked ? 'marked' : 'idle');
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG connection cannot be a <button>; role and keys make it one.
          <g
            key={key}
            ref={(node) => {
              nodes.current[edge] = node;
            }}
            // One tab stop for all connections: the arrows move on.
            tabIndex={edge === Math.min(focused, count - 1) ? 0 : -1}
            className={`connection connection--${state}`}
            role="button"
            aria-pressed={marked}
            aria-disabled={marking.judged ? true : undefined}
            aria-label={marking.describe(
              connections.outputs[edge],
              connections.inputs[edge],
              marked,
              verdict,
            )}
            data-connection={key}
            data-marked={marked ? '' : undefined}
            data-judged={verdict}
            onClick={() => {
              if (!marking.judged) marking.onToggle(key);
            }}
            onFocus={() => setFocused(edge)}
            onKeyDown={(event) => onKey(event, edge)}
          >
            <path className="connection__hit" d={hitPath(x1, y1, x2, y2)} />
            <line className="connection__line" x1={x1} y1={y1} x2={x2} y2={y2} />
            <line className="connection__focus" x1={x1} y1={y1} x2={x2} y2={y2} />
            {verdict && (
              <g
                className="connection__badge"
                transform={`translate(${((x1 + x2) / 2).toFixed(1)} ${((y1 + y2) / 2).toFixed(1)})`}
              >
                <circle className="unit__badge-ring" r={8} />
                <text dy="0.35em" textAnchor="middle" fontSize={11}>
                  {BADGES[verdict]}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
});
