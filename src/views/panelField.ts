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
