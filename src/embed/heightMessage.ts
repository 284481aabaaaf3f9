/** The `type` of the message an embedded figure posts to its parent page with its height. */
export const HEIGHT_MESSAGE_TYPE = 'receptive-field-lab:height';

/** What an embedded figure tells its parent: which figure, and how tall it is in CSS pixels. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  figure: string;
  height: number;
}

/** How long a burst of changes to the figure may last before its height is told, in ms. */
const SETTLE_MS = 60;

/**
 * Tells the parent page the document's height whenever it changes, so the iframe needs no
 * scrollbar. The height is not secret, so any parent may read it. Returns a function that stops.
 * A frame scrolled out of sight gets no resize observations (Chromium pauses them there), so a
 * change to the figure's content is also caught as it is made, and its height told once a burst of
 * changes settles: a figure that arrives while the reader has scrolled past still sizes its frame.
 */
export function reportHeight(figure: string, target: Window, observed: HTMLElement): () => void {
  let last = -1;
  const send = () => {
    // The bottom of the content, from the top of the document: everything the frame must show.
    const height = Math.ceil(
      observed.getBoundingClientRect().bottom + (observed.ownerDocument.defaultView?.scrollY ?? 0),
    );
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE_TYPE, figure, height } satisfies HeightMessage, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(observed);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changes = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(send, SETTLE_MS);
  });
  changes.observe(observed, { subtree: true, childList: true, attributes: true, characterData: true });
  send();
  return () => {
    observer.disconnect();
    changes.disconnect();
    clearTimeout(timer);
  };
}
