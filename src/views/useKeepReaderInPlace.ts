import { type RefObject, useLayoutEffect } from 'react';

/**
 * Scroll anchoring of the page's own, for a part of the page that grows or shrinks late (a figure
 * whose code, analysis or pictures arrive after it was first drawn): when the part starts above
 * the view and ends in its upper half, the reader is looking at what follows it, so the page
 * scrolls by as much as the part changed and what the reader looks at stays put. The browser's own
 * anchoring is off (styles.css): it would move the page a second time, and Safari has none.
 */
export function useKeepReaderInPlace(ref: RefObject<HTMLElement | null>, enabled = true): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !enabled) return;
    let height = element.getBoundingClientRect().height;
    const observer = new ResizeObserver(() => {
      const box = element.getBoundingClientRect();
      const change = box.height - height;
      height = box.height;
      if (change !== 0 && box.top < 0 && box.bottom - change < window.innerHeight / 2)
        window.scrollBy(0, change);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
}
