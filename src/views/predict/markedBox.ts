import type { MessageKey } from '../../i18n';
import type { Attempt, UnitBox } from '../../state';

/** The edges of a box a student marks on an input of `dimensions` axes (1D: only its columns). */
export function boxEdges(dimensions: number): readonly ('top' | 'left' | 'bottom' | 'right')[] {
  return dimensions === 2 ? ['top', 'left', 'bottom', 'right'] : ['left', 'right'];
}

/**
 * The box a student marked on an input of `dimensions` axes, from their typed or dragged edges
 * (a 1D input's box is one row); null while any edge is missing or not a whole number.
 */
export function markedBox(attempt: Attempt, dimensions: number): UnitBox | null {
  const edge = (name: string) => {
    const text = attempt.entries[name]?.trim() ?? '';
    return text === '' ? Number.NaN : Number(text);
  };
  const box =
    dimensions === 2
      ? { top: edge('top'), left: edge('left'), bottom: edge('bottom'), right: edge('right') }
      : { top: 0, left: edge('left'), bottom: 0, right: edge('right') };
  return Object.values(box).every(Number.isInteger) ? box : null;
}

/** A box as the entries that hold it (what a drag on the input writes). */
export function boxEntries(box: UnitBox, dimensions: number): Record<string, string> {
  return Object.fromEntries(boxEdges(dimensions).map((name) => [name, String(box[name])]));
}

/**
 * What keeps a marked box from being checked on an input of size `input` (rows × columns, or
 * columns): an edge not given yet, an edge off the input, or edges in the wrong order; null when
 * the box can be checked.
 */
export function boxProblem(attempt: Attempt, input: readonly number[]): MessageKey | null {
  const box = markedBox(attempt, input.length);
  if (!box) return 'predict.boxProblem.missing';
  const [rows, cols] = input.length === 2 ? input : [1, input[0]];
  const inside = (value: number, size: number) => value >= 0 && value < size;
  if (
    ![box.top, box.bottom].every((row) => inside(row, rows)) ||
    ![box.left, box.right].every((col) => inside(col, cols))
  )
    return 'predict.boxProblem.outside';
  if (box.top > box.bottom || box.left > box.right) return 'predict.boxProblem.order';
  return null;
}
