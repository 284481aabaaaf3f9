/** Smallest scale a slide's figure is drawn at; below it, the frame scrolls rather than shrink the figure further. */
const MIN_SCALE = 0.3;

/** A fitted figure fills at least this share of its frame's height (or is drawn at its largest). */
const SNUG = 0.94;

/**
 * The width a slide is laid out at, at least, in CSS pixels (reveal.js's default slide): a larger
 * frame (a projector's 1920 × 1080) draws the figure larger, its text with it, rather than leaving
 * small text above empty room.
 */
const SLIDE_WIDTH = 960;

/**
 * Scales `element` (CSS `zoom`) so that it fills the window it is in without a scrollbar, as a
 * slide shows a figure: at scale s it is laid out `innerWidth / s` wide, so a smaller scale also
 * gives its content more room across. Its height at a width is only known once laid out (its
 * drawings follow their measured width), so the scale is found a step at a time as its size
 * settles: a figure too tall shrinks to fit; one with room to spare grows (up to a layout
 * {@link SLIDE_WIDTH} wide), by half the way each step so the two do not chase each other. Returns
 * a function that stops and restores it.
 */
export function fitToFrame(element: HTMLElement): () => void {
  let scale = 1;
  let frame = 0;
  let steps = 0;
  const apply = () => {
    element.style.width = `${document.documentElement.clientWidth / scale}px`;
    element.style.zoom = String(scale);
  };
  const fit = () => {
    frame = 0;
    // A few pixels spare: zoomed heights round up.
    const room = window.innerHeight - 4;
    // Unzoomed CSS pixels, as laid out at the current width.
    const height = element.scrollHeight;
    const shown = height * scale;
    let next = scale;
    const largest = Math.max(1, document.documentElement.clientWidth / SLIDE_WIDTH);
    if (shown > room) next = Math.max(MIN_SCALE, room / height);
    else if (shown < SNUG * room && scale < largest && steps < 12)
      next = Math.min(largest, Math.sqrt(scale * (room / height)));
    // At its smallest a figure too tall for its frame may be scrolled, rather than cut off.
    document.documentElement.classList.toggle(
      'slide-view--scrolls',
      next === MIN_SCALE && height * next > room,
    );
    if (Math.abs(next - scale) < 0.005) return;
    steps += 1;
    scale = next;
    apply();
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(fit);
  };
  const resized = () => {
    steps = 0;
    apply();
    schedule();
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(element);
  addEventListener('resize', resized);
  apply();
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    removeEventListener('resize', resized);
    element.style.width = '';
    element.style.zoom = '';
  };
}
