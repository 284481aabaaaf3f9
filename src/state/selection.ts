/** A selected unit: its layer (0 = the input) and its index in that layer. */
export interface Selection {
  layer: number;
  index: number;
}

/** The `data-unit` / URL form of a unit: `"<layer>:<index>"`. */
export function selectionKey(selection: Selection): string {
  return `${selection.layer}:${selection.index}`;
}
