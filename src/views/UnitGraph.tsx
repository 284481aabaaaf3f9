import { type KeyboardEvent, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { LayerConnections } from '../engine';
import { unitName } from '../i18n';
import type { Selection } from '../state';
import { EdgeCanvas } from './EdgeCanvas';
import { edgeSegments, segmentPath } from './graphEdges';
import { type LayerRow, layoutGraph, NOTE_ROOM } from './graphLayout';
import { lazyView } from './lazyView';
import type { EdgeMarking } from './MarkableEdges';
import { UnitNode, type UnitState } from './UnitNode';
import { useElementWidth } from './useElementWidth';
import { WeightLetters } from './WeightLetters';
import { weightStyle } from './weightStyle';

/**
 * A traced field to show: one mask per layer; layers below the layer of `focus` hold that unit's
 * receptive field, layers above it its influence.
 */
export interface GraphField {
  focus: Selection;
  masks: Uint8Array[];
  /** Set when only one side is drawn (a checked question's answer): the other side is not empty, only not shown. */
  only?: 'field' | 'reach';
}

/** Connections a student marks: only a weight question needs them, so they load when one is asked. */
const MarkableEdges = lazyView(() => import('./MarkableEdges').then((module) => module.MarkableEdges));

/** A verdict on one unit or connection of a checked answer. */
export type Verdict = 'right' | 'missed' | 'extra';

/** What a graph shows and does while its figure asks a question: marks instead of a selection. */
export interface UnitMarking {
  /** The question's unit, drawn as such (null when the question is about no unit). */
  target: Selection | null;
  /** Whether units of layer `layer` can be marked now (never once the answer is checked). */
  markableLayer(layer: number): boolean;
  /** The units the student marked, as `"<layer>:<index>"`. */
  marked: ReadonlySet<string>;
  /** Once checked: the verdict on every unit of the answer and every mark, by key. */
  judged: ReadonlyMap<string, Verdict> | null;
  /** Marks or unmarks a unit. */
  onToggle(layer: number, index: number): void;
}

/** Above this many edges the faint base edges go to a canvas instead of SVG. */
const CANVAS_EDGE_THRESHOLD = 3000;

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
  /** The selected unit (pressed), or null. */
  selection: Selection | null;
  /** The unit whose field is shown: the hovered one, else the selected one. */
  focus: Selection | null;
  onSelect(selection: Selection | null): void;
  /** Called with the unit under a mouse pointer, and null when it leaves. */
  onHover?(selection: Selection | null): void;
  /** Accessible name of a unit in a given state. */
  describeUnit(layer: number, index: number, state: UnitState): string;
  /** `'weights'` colours each edge by the kernel tap it uses. */
  edgeStyle?: 'plain' | 'weights';
  /** Taps of the kernel: how many edge styles `'weights'` draws. */
  taps?: number;
  /** Edges to draw strong besides those that carry the field (e.g. every use of one weight). */
  emphasise?: (layer: number, edge: number) => boolean;
  /** A short note under a unit (e.g. which kernel a tiled output uses), or null. */
  unitNote?: (layer: number, index: number) => string | null;
  /** Each edge names its weight with a letter: where letters repeat, a weight is shared. */
  weightLetters?: boolean;
  /** While the figure asks a question: marks replace the selection. */
  marking?: UnitMarking;
  /** While it asks which connections use a weight: the connections a student can mark. */
  edgeMarking?: EdgeMarking;
}

function unitState(
  field: GraphField | null,
  focus: Selection | null,
  layer: number,
  index: number,
  marking: UnitMarking | undefined,
): UnitState {
  if (marking) {
    const key = `${layer}:${index}`;
    if (marking.target?.layer === layer && marking.target.index === index) return 'target';
    const verdict = marking.judged?.get(key);
    if (verdict) return verdict;
    return marking.marked.has(key) ? 'marked' : 'idle';
  }
  if (!focus) return 'idle';
  if (focus.layer === layer && focus.index === index) return 'selected';
  if (field?.masks[layer]?.[index]) return layer < focus.layer ? 'receptive' : 'influence';
  return 'faded';
}

/**
 * Where Tab enters a graph that asks a question: on the question's unit when it can be marked,
 * else on the unit drawn nearest it in the nearest layer that can be, so the keys mark at once.
 */
function markingEntry(rows: readonly LayerRow[], marking: UnitMarking): Selection | null {
  const target = marking.target;
  if (!target || marking.markableLayer(target.layer)) return target;
  const position = rows[target.layer]?.positions[target.index] ?? 0;
  let entry: Selection | null = null;
  rows.forEach((row, layer) => {
    if (!marking.markableLayer(layer) || row.positions.length === 0) return;
    if (entry && Math.abs(layer - target.layer) >= Math.abs(entry.layer - target.layer)) return;
    let nearest = 0;
    row.positions.forEach((value, index) => {
      if (Math.abs(value - position) < Math.abs(row.positions[nearest] - position)) nearest = index;
    });
    entry = { layer, index: nearest };
  });
  return entry ?? target;
}

/** Whether edge `edge` of layer `layer` lies on a path to or from the focused unit. */
function carriesField(field: GraphField, layer: number, connections: LayerConnections) {
  const below = field.masks[layer - 1];
  const above = field.masks[layer];
  if (layer <= field.focus.layer) return (edge: number) => above?.[connections.outputs[edge]] === 1;
  return (edge: number) => below?.[connections.inputs[edge]] === 1;
}

interface StyledPath {
  key: string;
  d: string;
  colour?: string;
  dash?: string;
}

const EdgeLayer = memo(function EdgeLayer(props: { paths: StyledPath[]; className: string }) {
  return (
    <g className={props.className}>
      {props.paths.map((path) => (
        <path
          key={path.key}
          d={path.d}
          data-weight-tap={path.colour ? path.key : undefined}
          style={path.colour ? { stroke: path.colour } : undefined}
          strokeDasharray={path.dash || undefined}
        />
      ))}
    </g>
  );
});

/** Whether a layer's edges carry weights: pooling has none. */
function hasWeights(connections: LayerConnections): boolean {
  return connections.kernelOfOutput.some((kernel) => kernel >= 0);
}

/**
 * Paths for a set of edges: one per layer, or one per (layer, kernel tap) when edges are styled by
 * the weight they use (the tap the engine gives each edge, flipped already for a true convolution).
 */
function styledPaths(
  segments: Float32Array[],
  connections: LayerConnections[],
  keep: ((layer: number) => ((edge: number) => boolean) | undefined) | null,
  edgeStyle: 'plain' | 'weights',
  taps: number,
): StyledPath[] {
  const paths: StyledPath[] = [];
  segments.forEach((layerSegments, position) => {
    const layer = position + 1;
    const accept = keep?.(layer);
    if (edgeStyle === 'plain' || !hasWeights(connections[position])) {
      paths.push({ key: `${layer}`, d: segmentPath(layerSegments, accept) });
      return;
    }
    const edgeTaps = connections[position].taps;
    for (let tap = 0; tap < taps; tap += 1) {
      const style = weightStyle(tap);
      paths.push({
        key: `${layer}:${tap}`,
        d: segmentPath(layerSegments, (edge) => edgeTaps[edge] === tap && (!accept || accept(edge))),
        colour: style.colour,
        dash: style.dash,
      });
    }
  });
  return paths;
}

/**
 * Layers of units drawn as in the book (inputs at the bottom, straight edges upward). Clicking,
 * tapping or Enter selects a unit; hovering previews its field; arrow keys move between units;
 * Escape clears. Highlighting redraws only the units whose state changed and the strong edges.
 */
export function UnitGraph(props: UnitGraphProps) {
  const { rows, connections, field, selection, focus, describeUnit, emphasise, unitNote, marking } = props;
  // While a question is asked, a unit is marked instead of selected, and nothing previews a field.
  const onSelect = useCallback(
    (next: Selection | null) => {
      if (!marking) props.onSelect(next);
      else if (next && marking.markableLayer(next.layer)) marking.onToggle(next.layer, next.index);
    },
    [marking, props.onSelect],
  );
  const onHover = marking ? undefined : props.onHover;
  const edgeStyle = props.edgeStyle ?? 'plain';
  const taps = props.taps ?? 1;
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame);
  const hasNotes = unitNote !== undefined;
  const layout = useMemo(() => layoutGraph(rows, width, hasNotes ? NOTE_ROOM : 0), [rows, width, hasNotes]);
  const segments = useMemo(
    () =>
      connections.map((layerConnections, position) => edgeSegments(layout, position + 1, layerConnections)),
    [layout, connections],
  );
  const edgeCount = connections.reduce(
    (total, layerConnections) => total + layerConnections.inputs.length,
    0,
  );
  const onCanvas = edgeCount > CANVAS_EDGE_THRESHOLD;
  const basePaths = useMemo(
    () => (onCanvas ? [] : styledPaths(segments, connections, null, edgeStyle, taps)),
    [segments, connections, edgeStyle, taps, onCanvas],
  );
  // The edges that carry the focused unit's field. Where the figure also draws edges of its own
  // strong (every use of one weight), those keep the weights' colours and the field's are ink, so
  // the two highlights are told apart.
  const strongPaths = useMemo(() => {
    if (!field) return [];
    const keep = (layer: number) => carriesField(field, layer, connections[layer - 1]);
    return styledPaths(segments, connections, keep, emphasise ? 'plain' : edgeStyle, taps);
  }, [segments, connections, field, emphasise, edgeStyle, taps]);
  const emphasisPaths = useMemo(() => {
    if (!emphasise) return [];
    const keep = (layer: number) => (edge: number) => emphasise(layer, edge);
    return styledPaths(segments, connections, keep, edgeStyle, taps);
  }, [segments, connections, emphasise, edgeStyle, taps]);

  const [focused, setFocused] = useState<Selection | null>(null);
  const nodes = useRef(new Map<string, SVGGElement>());
  const registerNode = useCallback((key: string, node: SVGGElement | null) => {
    if (node) nodes.current.set(key, node);
    else nodes.current.delete(key);
  }, []);
  const candidate = focused ??
    (marking && markingEntry(rows, marking)) ??
    selection ?? { layer: 0, index: 0 };
  const tabStop =
    candidate.layer < rows.length && candidate.index < rows[candidate.layer].positions.length
      ? candidate
      : { layer: 0, index: 0 };

  const onActivate = useCallback((layer: number, index: number) => onSelect({ layer, index }), [onSelect]);
  const onFocusUnit = useCallback((layer: number, index: number) => setFocused({ layer, index }), []);
  const onPointerUnit = useCallback(
    (layer: number, index: number, entering: boolean) => onHover?.(entering ? { layer, index } : null),
    [onHover],
  );
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
          candidates.forEach((value, candidateIndex) => {
            if (Math.abs(value - position) < Math.abs(candidates[nearest] - position))
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
    <div ref={frame} className={`unit-graph-frame${onCanvas ? ' unit-graph-frame--canvas' : ''}`}>
      {onCanvas && (
        <EdgeCanvas width={layout.width} height={layout.height} segments={segments} faded={focus !== null} />
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: a <fieldset> cannot hold SVG; role="group" names the units' group. */}
      <svg
        className={`unit-graph${focus ? ' unit-graph--active' : ''}`}
        data-panel={props.panelId}
        data-edges={edgeCount}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={props.label}
        onPointerLeave={() => onHover?.(null)}
      >
        <EdgeLayer paths={basePaths} className={`edges edges--base edges--${edgeStyle}`} />
        <EdgeLayer paths={emphasisPaths} className={`edges edges--emphasis edges--${edgeStyle}`} />
        <EdgeLayer
          paths={strongPaths}
          className={`edges edges--strong edges--${emphasise ? 'plain' : edgeStyle}`}
        />
        {props.edgeMarking && connections[props.edgeMarking.layer - 1] && (
          <Suspense fallback={null}>
            <MarkableEdges
              marking={props.edgeMarking}
              connections={connections[props.edgeMarking.layer - 1]}
              segments={segments[props.edgeMarking.layer - 1]}
            />
          </Suspense>
        )}
        {props.weightLetters &&
          connections.map((layerConnections, position) => (
            <WeightLetters
              // biome-ignore lint/suspicious/noArrayIndexKey: a layer is identified by its position.
              key={position}
              connections={layerConnections}
              segments={segments[position]}
              spacing={
                rows[position + 1].positions.length > 1
                  ? layout.x(position + 1, 1) - layout.x(position + 1, 0)
                  : layout.width
              }
            />
          ))}
        {rows.map((row, layer) =>
          row.positions.map((_, index) => {
            const state = unitState(field, focus, layer, index, marking);

            return (
              <UnitNode
                // biome-ignore lint/suspicious/noArrayIndexKey: units are identified by layer and index.
                key={`${layer}:${index}`}
                layer={layer}
                index={index}
                x={layout.x(layer, index)}
                y={layout.y(layer)}
                radius={layout.radius}
                hitHalfWidth={layout.hitHalfWidth}
                hitHalfHeight={layout.hitHalfHeight}
                label={unitName(row.letter, index)}
                showLabel={
                  layout.showLabels
                    ? 'inside'
                    : index % layout.labelEvery === 0 || (focus?.layer === layer && focus.index === index)
                      ? 'beside'
                      : 'none'
                }
                note={unitNote?.(layer, index) ?? null}
                describe={describeUnit}
                state={state}
                pressed={selection?.layer === layer && selection.index === index}
                asking={marking !== undefined}
                marked={marking?.marked.has(`${layer}:${index}`)}
                markable={marking !== undefined && marking.judged === null && marking.markableLayer(layer)}
                isTabStop={tabStop.layer === layer && tabStop.index === index}
                onActivate={onActivate}
                onFocusUnit={onFocusUnit}
                onPointerUnit={onPointerUnit}
                onKey={onKey}
                registerNode={registerNode}
              />
            );
          }),
        )}
      </svg>
    </div>
  );
}
