/** A selected unit: its layer (0 = the input) and its index in that layer. */
export interface Selection {
  layer: number;
  index: number;
}

/** The `data-unit` / URL form of a unit: `"<layer>:<index>"`. */
export function selectionKey(selection: Selection): string {
  return `${selection.layer}:${selection.index}`;
}

/** Whether two selections name the same unit (both null counts as the same). */
export function sameUnit(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.layer === b.layer && a.index === b.index);
}
