import { type RefObject, useEffect } from 'react';

/**
 * Puts keyboard focus on `target` when `when` becomes true (and on mount, if it is) and focus has
 * fallen to the page's body: the control that held it has just gone (a question's Ask, Check or
 * Explore button), and a keyboard user would otherwise start again from the top of the page. A
 * page the reader has not used yet (a link that asks a question) keeps its focus where it is.
 */
export function useCatchLostFocus(target: RefObject<HTMLElement | null>, when = true): void {
  useEffect(() => {
    const active = document.activeElement;
    const used = navigator.userActivation?.hasBeenActive === true;
    if (when && used && (active === null || active === document.body)) target.current?.focus();
  }, [target, when]);
}
