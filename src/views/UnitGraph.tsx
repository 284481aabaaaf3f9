import { type KeyboardEvent, memo, useCallback, useMemo, useRef, useState } from 'react';
import type { LayerConnections } from '../engine';
import { unitName } from '../i18n';
import type { Selection } from '../state';
import { edgePath } from './edgePath';
import { type LayerRow, layoutGraph } from './graphLayout';
import { UnitNode, type UnitState } from './UnitNode';

/** A traced field to show: one mask per layer and which way it was traced. */
export interface GraphField {
  direction: 'receptive' | 'influence';
  masks: Uint8Array[];
}

/** Props of a layered unit graph. */
export interface UnitGraphProps {
  /** Identifies the panel inside its figure (`data-panel`). */
  panelId: string;
  /** Accessible name of the whole graph. */
  label: string;
  /** Layers bottom-up: layer 0 is the input. */
  rows: LayerRow[];
  /** `connections[l − 1]` joins layer l − 1 to layer l. */
  connections: LayerConnections[];
  field: GraphField | null;
  selection: Selection | null;
  onSelect(selection: Selection | null): void;
  /** Accessible name of a unit in a given state. */
  describeUnit(layer: number, index: number, state: UnitState): string;
}

function unitState(
  field: GraphField | null,
  selection: Selection | null,
  layer: number,
  index: number,
): UnitState {
  if (!selection) return 'idle';
  if (selection.layer === layer && selection.index === index) return 'selected';
  if (field?.masks[layer]?.[index]) return field.direction;
  return 'faded';
}

/** Edges that carry the field: into a unit of the field (receptive), or out of one (influence). */
function carriesField(field: GraphField, layer: number, connections: LayerConnections) {
  const below = field.masks[layer - 1];
  const above = field.masks[layer];
  return field.direction === 'receptive'
    ? (edge: number) => above[connections.outputs[edge]] === 1
    : (edge: number) => below[connections.inputs[edge]] === 1;
}

const EdgeLayer = memo(function EdgeLayer(props: { paths: string[]; className: string }) {
  return (
    <g className={props.className}>
      {props.paths.map((path, layer) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one path per layer, in layer order.
        <path key={layer} d={path} />
      ))}
    </g>
  );
});

/**
 * Layers of units drawn as in the book (inputs at the bottom, straight edges upward). Clicking,
 * tapping or Enter selects a unit; arrow keys move between units; Escape clears the selection.
 * Highlighting redraws only the units whose state changed and one path of highlighted edges.
 */
export function UnitGraph(props: UnitGraphProps) {
  const { rows, connections, field, selection, onSelect, describeUnit } = props;
  const layout = useMemo(() => layoutGraph(rows), [rows]);
  const basePaths = useMemo(
    () => connections.map((layerConnections, position) => edgePath(layout, position + 1, layerConnections)),
    [layout, connections],
  );
  const strongPaths = useMemo(
    () =>
      field
        ? connections.map((layerConnections, position) =>
            edgePath(
              layout,
              position + 1,
              layerConnections,
              carriesField(field, position + 1, layerConnections),
            ),
          )
        : [],
    [layout, connections, field],
  );
  const [focused, setFocused] = useState<Selection | null>(null);
  const nodes = useRef(new Map<string, SVGGElement>());
  const registerNode = useCallback((key: string, node: SVGGElement | null) => {
    if (node) nodes.current.set(key, node);
    else nodes.current.delete(key);
  }, []);
  const tabStop = focused ?? selection ?? { layer: 0, index: 0 };
  const validTabStop =
    tabStop.layer < rows.length && tabStop.index < rows[tabStop.layer].positions.length
      ? tabStop
      : { layer: 0, index: 0 };

  const onActivate = useCallback((layer: number, index: number) => onSelect({ layer, index }), [onSelect]);
  const onFocusUnit = useCallback((layer: number, index: number) => setFocused({ layer, index }), []);
  const onKey = useCallback(
    (event: KeyboardEvent<SVGGElement>, layer: number, index: number) => {
      const count = rows[layer].positions.length;
      let target: Selection | null = null;
      switch (event.key) {
        case 'ArrowLeft':
          target = { layer, index: Math.max(0, index - 1) };
          break;
        case 'ArrowRight':
          target = { layer, index: Math.min(count - 1, index + 1) };
          break;
        case 'Home':
          target = { layer, index: 0 };
          break;
        case 'End':
          target = { layer, index: count - 1 };
          break;
        case 'ArrowUp':
        case 'ArrowDown': {
          const next = layer + (event.key === 'ArrowUp' ? 1 : -1);
          if (next < 0 || next >= rows.length) break;
          // The unit of the next layer drawn nearest above or below this one.
          const position = rows[layer].positions[index];
          const candidates = rows[next].positions;
          let nearest = 0;
          candidates.forEach((candidate, candidateIndex) => {
            if (Math.abs(candidate - position) < Math.abs(candidates[nearest] - position))
              nearest = candidateIndex;
          });
          target = { layer: next, index: nearest };
          break;
        }
        case 'Enter':
        case ' ':
          event.preventDefault();
          onSelect({ layer, index });
          return;
        case 'Escape':
          onSelect(null);
          return;
        default:
          return;
      }
      event.preventDefault();
      if (target) nodes.current.get(`${target.layer}:${target.index}`)?.focus();
    },
    [rows, onSelect],
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> cannot hold SVG; role="group" names the units' group.
    <svg
      className={`unit-graph${selection ? ' unit-graph--active' : ''}`}
      data-panel={props.panelId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={props.label}
    >
      <EdgeLayer paths={basePaths} className="edges edges--base" />
      <EdgeLayer paths={strongPaths} className="edges edges--strong" />
      {rows.map((row, layer) =>
        row.positions.map((_, index) => {
          const state = unitState(field, selection, layer, index);
          return (
            <UnitNode
              // biome-ignore lint/suspicious/noArrayIndexKey: units are identified by layer and index.
              key={`${layer}:${index}`}
              layer={layer}
              index={index}
              x={layout.x(layer, index)}
              y={layout.y(layer)}
              radius={layout.radius}
              hitRadius={layout.hitRadius}
              label={unitName(row.letter, index)}
              showLabel={layout.showLabels}
              ariaLabel={describeUnit(layer, index, state)}
              state={state}
              isTabStop={validTabStop.layer === layer && validTabStop.index === index}
              onActivate={onActivate}
              onFocusUnit={onFocusUnit}
              onKey={onKey}
              registerNode={registerNode}
            />
          );
        }),
      )}
    </svg>
  );
}
