import { type RefObject, useLayoutEffect, useState } from 'react';
import { DEFAULT_GRAPH_WIDTH } from './graphLayout';

/**
 * The width inside an element's border (content and padding) in whole CSS pixels, kept current
 * with a ResizeObserver, so sub-pixel changes do not lay a graph out again. Inside the border: a
 * canvas filling a bordered frame is drawn at exactly the width it is shown at (measuring the
 * border too drew a grid 2 px wider than shown, and a click near its right edge hit the cell next
 * to the one under the pointer).
 */
export function useElementWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_GRAPH_WIDTH);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => {
      const measured = node.clientWidth;
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
