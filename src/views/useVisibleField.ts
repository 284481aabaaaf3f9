import { useMemo } from 'react';
import { type PanelField, panelKey, useLab } from '../state';
import { oneDirection } from './panelField';

/**
 * The traced field one panel of a figure draws: as traced, or, once a question about a field or a
 * reach is checked, only its answer's side (what its unit sees, or what it reaches).
 */
export function useVisibleField(figure: string, panel: string): PanelField | null | undefined {
  const storedField = useLab((state) => state.fields[panelKey(figure, panel)]);
  const kind = useLab((state) => state.figures[figure].question?.kind);
  const direction = kind === 'field' || kind === 'reach' ? kind : null;
  return useMemo(
    () =>
      storedField && direction ? { ...storedField, ...oneDirection(storedField, direction) } : storedField,
    [storedField, direction],
  );
}
