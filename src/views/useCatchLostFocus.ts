import { type RefObject, useEffect } from 'react';

/** The element that last held keyboard focus, anywhere on the page. */
let lastFocused: Element | null = null;
if (typeof document !== 'undefined')
  document.addEventListener('focusin', (event) => {
    lastFocused = event.target instanceof Element ? event.target : null;
  });

/**
 * Puts keyboard focus on `target` when `when` becomes true (and on mount, if it is) and the
 * control that held focus has just gone from the page (a question's Ask, Check or Explore button):
 * a keyboard user would otherwise start again from the top. Focus nobody lost (a page or a section
 * just made, a link that asks a question) stays where it is.
 */
export function useCatchLostFocus(target: RefObject<HTMLElement | null>, when = true): void {
  useEffect(() => {
    const element = target.current;
    const active = document.activeElement;
    const lost = lastFocused !== null && !lastFocused.isConnected;
    if (!when || !lost || !element || (active !== null && active !== document.body)) return;
    // Focus alone scrolls to the element even when it is on screen; a scroll only when it is not
    // keeps the page still (under a pointer mid-drag, say).
    element.focus({ preventScroll: true });
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) element.scrollIntoView({ block: 'nearest' });
  }, [target, when]);
}
