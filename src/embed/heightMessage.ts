/** The `type` of the message an embedded figure posts to its parent page with its height. */
export const HEIGHT_MESSAGE_TYPE = 'receptive-field-lab:height';

/** What an embedded figure tells its parent: which figure, and how tall it is in CSS pixels. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  figure: string;
  height: number;
}

/**
 * Tells the parent page the document's height whenever it changes, so the iframe needs no
 * scrollbar. The height is not secret, so any parent may read it. Returns a function that stops.
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
  send();
  return () => observer.disconnect();
}
