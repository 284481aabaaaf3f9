import { createContext, useContext, useMemo } from 'react';
import { FIGURES, type FigureDefinition } from '../figures';
import type { FigureRegistry } from '../scenes';

/**
 * The figures the page shows, in reading order, when not the registry's own (a test's). Read when
 * drawing, never as the module loads: the registry's first drawing imports this module.
 */
export const FiguresContext = createContext<readonly FigureDefinition[] | null>(null);

/** The figures the page shows. */
export function useFigures(): readonly FigureDefinition[] {
  return useContext(FiguresContext) ?? FIGURES;
}

/** The scenes of the figures the page shows, in reading order. */
export function useScenes(): FigureRegistry {
  const figures = useFigures();
  return useMemo(() => figures.map((figure) => figure.scene), [figures]);
}
