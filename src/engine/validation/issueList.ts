import type { SpecIssue, SpecIssueCode } from '../specIssue';

/** Whether a value read from JSON is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues while walking a spec. */
export class IssueList {
  readonly issues: SpecIssue[] = [];
  add(path: string, layer: number | null, code: SpecIssueCode, values: SpecIssue['values'], message: string) {
    this.issues.push({ path, layer, code, values, message });
  }
}

/** How a message names a layer: the input, or the layer's number. */
export function layerLabel(layer: number): string {
  return layer === 0 ? 'Input' : `Layer ${layer}`;
}
