import { type RefObject, useLayoutEffect, useState } from 'react';
import { DEFAULT_GRAPH_WIDTH } from './graphLayout';

/**
 * The content width of an element in CSS pixels, kept current with a ResizeObserver and rounded
 * to whole pixels so sub-pixel changes do not lay a graph out again.
 */
export function useElementWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_GRAPH_WIDTH);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => {
      const measured = Math.round(node.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
