import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps the element at the tallest height it has had: a line whose text comes and goes (a problem
 * said, then mended by a drag that has begun) keeps its room, so what lies below never moves under
 * the pointer. Runs after every render of the component that holds it.
 */
export function useKeptHeight(target: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = target.current;
    if (!element) return;
    const height = element.getBoundingClientRect().height;
    const kept = Number.parseFloat(element.style.minHeight) || 0;
    if (height > kept) element.style.minHeight = `${height}px`;
  });
}
