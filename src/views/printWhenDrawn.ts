import { whenDrawn } from './whenDrawn';

/** Asks every figure that is kept off the page until it is wanted to come now: the page is about to print. */
export const PREPARE_PRINT_EVENT = 'receptive-field-lab:prepare-print';

/** Longest wait for the figures before printing anyway, in ms. */
const PATIENCE = 10_000;

let preparing = false;

/**
 * Whether the page is getting every figure drawn to print: a figure made meanwhile (after the
 * {@link PREPARE_PRINT_EVENT} went out) comes at once too.
 */
export function printPreparing(): boolean {
  return preparing;
}

/**
 * Prints the whole page with every figure drawn, even right after it opened: the sections not yet
 * made and the figures not yet fetched (they come as a reader scrolls to them) are asked for, and
 * the browser's print starts once `root` holds `sections` figures with nothing left to draw.
 */
export async function printWhenDrawn(
  root: HTMLElement,
  sections: number,
  drawSections: () => void,
): Promise<void> {
  preparing = true;
  try {
    drawSections();
    const deadline = performance.now() + PATIENCE;
    while (root.querySelectorAll('[data-figure]').length < sections && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    dispatchEvent(new Event(PREPARE_PRINT_EVENT));
    await whenDrawn(root, Math.max(0, deadline - performance.now()));
    window.print();
  } finally {
    preparing = false;
  }
}
