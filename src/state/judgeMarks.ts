import type { LayerConnections } from '../engine';
import type { Question } from '../scenes';

/** A student's marks against the exact answer: what they found, what they missed, what they added. */
export interface MarkJudgement {
  right: string[];
  missed: string[];
  extra: string[];
}

/** Judges marks (unit or connection keys) against the set of keys the exact answer holds. */
export function judgeMarks(answer: ReadonlySet<string>, marks: readonly string[]): MarkJudgement {
  const marked = new Set(marks);
  return {
    right: [...answer].filter((key) => marked.has(key)),
    missed: [...answer].filter((key) => !marked.has(key)),
    extra: [...marked].filter((key) => !answer.has(key)),
  };
}

/**
 * Whether a unit of layer `layer` can answer a question about units: for a field, the layers below
 * the question's unit; for a reach, the layers above it.
 */
export function answersOnLayer(question: Question, layer: number): boolean {
  if (question.kind === 'field') return layer < question.target.layer;
  if (question.kind === 'reach') return layer > question.target.layer;
  return false;
}

/**
 * The exact answer to a field or reach question as unit keys (`"<layer>:<index>"`), from the
 * traced masks of its unit (one per layer: its receptive field below it, its influence above).
 */
export function answerUnits(question: Question, masks: readonly Uint8Array[]): Set<string> {
  const keys = new Set<string>();
  masks.forEach((mask, layer) => {
    if (!answersOnLayer(question, layer)) return;
    for (let index = 0; index < mask.length; index += 1) if (mask[index]) keys.add(`${layer}:${index}`);
  });
  return keys;
}

/** The key of connection `edge` of layer `layer`: `"<layer>:<output>:<input>"`. */
export function connectionKey(connections: LayerConnections, layer: number, edge: number): string {
  return `${layer}:${connections.outputs[edge]}:${connections.inputs[edge]}`;
}

/** The exact answer to a weight question: every connection of layer `layer` that uses kernel tap `tap`. */
export function answerConnections(connections: LayerConnections, layer: number, tap: number): Set<string> {
  const keys = new Set<string>();
  for (let edge = 0; edge < connections.taps.length; edge += 1) {
    if (connections.taps[edge] === tap) keys.add(connectionKey(connections, layer, edge));
  }
  return keys;
}
