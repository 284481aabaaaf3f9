import { type RefObject, useEffect, useState } from 'react';
import { tappableUnits } from './graphLayout';
import { usePointerKind } from './usePointerKind';

/**
 * On a touch screen, how many units across the figure holding `control` can draw with each still
 * wide enough to tap (its narrowest graph decides, or the figure itself before a graph is drawn);
 * null with a mouse or when not `enabled`. Follows the figure's width.
 */
export function useTapLimit(control: RefObject<HTMLElement | null>, enabled: boolean): number | null {
  const pointer = usePointerKind();
  const [limit, setLimit] = useState<number | null>(null);
  useEffect(() => {
    const figure = control.current?.closest<HTMLElement>('[data-figure]');
    if (!enabled || pointer !== 'touch' || !figure) {
      setLimit(null);
      return;
    }
    const measure = () => {
      const widths = [...figure.querySelectorAll<HTMLElement>('.unit-graph-frame')]
        .map((frame) => frame.clientWidth)
        .filter((width) => width > 0);
      setLimit(tappableUnits(widths.length > 0 ? Math.min(...widths) : figure.clientWidth));
    };
    measure();
    // The figure grows as its graphs arrive, and changes width with the screen.
    const observer = new ResizeObserver(measure);
    observer.observe(figure);
    return () => observer.disconnect();
  }, [control, enabled, pointer]);
  return limit;
}
