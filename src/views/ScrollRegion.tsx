import type { ReactNode } from 'react';

/**
 * A region that scrolls sideways when its content (a wide table) is wider than a narrow screen;
 * focusable and named so keyboard users can scroll it too.
 */
export function ScrollRegion(props: { label: string; children: ReactNode; className?: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
    <section className={`scroll-region ${props.className ?? ''}`} aria-label={props.label} tabIndex={0}>
      {props.children}
    </section>
  );
}
