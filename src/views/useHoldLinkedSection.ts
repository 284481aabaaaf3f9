import { useEffect } from 'react';
import { percentDecode } from '../state';

/** How long a section reached by a link is held in place while the figures around it arrive. */
const HOLD_MS = 4000;

/** What the reader does that ends the hold: they have taken over the scrolling. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Keeps the section a link points to (#figure-cost, from the contents or another page) at the top
 * of the view while the figures around it load and change height: each time the page's layout
 * changes, it is scrolled back to the top, for a few seconds or until the reader scrolls, taps or
 * types. Without it, a jump on a phone could land hundreds of pixels away from its heading.
 */
export function useHoldLinkedSection(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let release = () => {};
    const hold = (since = performance.now()) => {
      release();
      const id = percentDecode(window.location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id);
      if (!target) {
        // The section may not be drawn yet (sections are drawn one a frame as the page opens).
        const frame = requestAnimationFrame(() => {
          if (performance.now() - since < HOLD_MS) hold(since);
        });
        release = () => cancelAnimationFrame(frame);
        return;
      }
      target.scrollIntoView();
      const observer = new ResizeObserver(() => {
        if (Math.abs(target.getBoundingClientRect().top) > 1) target.scrollIntoView();
      });
      observer.observe(document.body);
      const timer = setTimeout(() => release(), HOLD_MS);
      const options = { capture: true, passive: true } as const;
      release = () => {
        observer.disconnect();
        clearTimeout(timer);
        for (const type of READER_INPUT) removeEventListener(type, release, options);
        release = () => {};
      };
      for (const type of READER_INPUT) addEventListener(type, release, options);
    };
    // A link to a section names one that exists only once the page has been drawn, after the
    // browser looked for it: go there now, and again on every jump within the page.
    const jumped = () => hold();
    jumped();
    addEventListener('hashchange', jumped);
    return () => {
      removeEventListener('hashchange', jumped);
      release();
    };
  }, [enabled]);
}
