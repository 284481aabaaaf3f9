import type { LayerConnections } from './listConnections';

/** The edge of a layer from output unit `output` that uses kernel tap `tap`, or −1 when there is none (a tap on padding). */
export function findConnection(connections: LayerConnections, output: number, tap: number): number {
  for (let edge = 0; edge < connections.outputs.length; edge += 1) {
    if (connections.outputs[edge] === output && connections.taps[edge] === tap) return edge;
  }
  return -1;
}
