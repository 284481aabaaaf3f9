import type { LayerConnections } from '../engine';
import type { GraphLayout } from './graphLayout';

/**
 * One SVG path holding the straight edges of layer `layer` (from layer − 1 below), optionally only
 * those `keep` accepts; one path element keeps thousands of edges cheap to draw.
 */
export function edgePath(
  layout: GraphLayout,
  layer: number,
  connections: LayerConnections,
  keep?: (edge: number) => boolean,
): string {
  const parts: string[] = [];
  const bottom = layout.y(layer - 1) - layout.radius;
  const top = layout.y(layer) + layout.radius;
  for (let edge = 0; edge < connections.inputs.length; edge += 1) {
    if (keep && !keep(edge)) continue;
    const x1 = layout.x(layer - 1, connections.inputs[edge]).toFixed(1);
    const x2 = layout.x(layer, connections.outputs[edge]).toFixed(1);
    parts.push(`M${x1} ${bottom.toFixed(1)}L${x2} ${top.toFixed(1)}`);
  }
  return parts.join('');
}
