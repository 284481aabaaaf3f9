import type { PanelAnalysis, PanelField, Selection } from '../state';
import { sameUnit } from '../state';
import type { GraphField } from './UnitGraph';

/** The field to draw, only if it answers the drawn network and the focused unit. */
export function currentField(
  analysis: PanelAnalysis | undefined,
  field: PanelField | null | undefined,
  focus: Selection | null,
): GraphField | null {
  if (!analysis || !field || !focus) return null;
  if (field.specKey !== analysis.specKey || !sameUnit(field.focus, focus)) return null;
  return field;
}

/**
 * A traced field cut to one direction: the layers below its unit (what it sees) for a field
 * question's answer, the layers above (what it reaches) for a reach question's; the other side empty.
 */
export function oneDirection(field: GraphField, direction: 'field' | 'reach'): GraphField {
  const { layer } = field.focus;
  return {
    focus: field.focus,
    only: direction,
    masks: field.masks.map((mask, index) =>
      (direction === 'field' ? index > layer : index < layer) ? new Uint8Array(mask.length) : mask,
    ),
  };
}

/**
 * What a panel draws for a focused unit: the traced field of the drawn network, with the unit it
 * answers. While the field of a newly focused unit is on its way from the worker, the previous
 * field stays (at pointer speed that is one frame), so units do not all flash to faded and back.
 */
export function drawnField(
  analysis: PanelAnalysis,
  field: PanelField | null | undefined,
  focus: Selection | null,
): { field: GraphField | null; focus: Selection } | null {
  if (!focus) return null;
  if (!field || field.specKey !== analysis.specKey) return { field: null, focus };
  return { field, focus: field.focus };
}
