import type { LayerConnections } from '../engine';
import type { GraphLayout } from './graphLayout';

/** One line segment per edge, in viewBox pixels: x1, y1, x2, y2 for each edge in order. */
export function edgeSegments(
  layout: GraphLayout,
  layer: number,
  connections: LayerConnections,
): Float32Array {
  const segments = new Float32Array(connections.inputs.length * 4);
  const bottom = layout.y(layer - 1) - layout.radius;
  const top = layout.y(layer) + layout.radius;
  for (let edge = 0; edge < connections.inputs.length; edge += 1) {
    segments[edge * 4] = layout.x(layer - 1, connections.inputs[edge]);
    segments[edge * 4 + 1] = bottom;
    segments[edge * 4 + 2] = layout.x(layer, connections.outputs[edge]);
    segments[edge * 4 + 3] = top;
  }
  return segments;
}

/** An SVG path of the segments `keep` accepts (all when omitted): one element for many edges. */
export function segmentPath(segments: Float32Array, keep?: (edge: number) => boolean): string {
  const parts: string[] = [];
  for (let edge = 0; edge < segments.length / 4; edge += 1) {
    if (keep && !keep(edge)) continue;
    const offset = edge * 4;
    parts.push(
      `M${segments[offset].toFixed(1)} ${segments[offset + 1].toFixed(1)}L${segments[offset + 2].toFixed(1)} ${segments[offset + 3].toFixed(1)}`,
    );
  }
  return parts.join('');
}
