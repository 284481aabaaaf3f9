import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useTranslate } from '../state';

/**
 * A region that scrolls sideways when its content (a wide table) is wider than a narrow screen;
 * focusable and named so keyboard users can scroll it too. When it does, a line above says so and
 * a shade marks the edge where more is hidden.
 */
export function ScrollRegion(props: { label: string; children: ReactNode; className?: string }) {
  const t = useTranslate();
  const region = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<'none' | 'right' | 'left' | 'both'>('none');
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () => {
      const more = element.scrollWidth - element.clientWidth;
      const left = element.scrollLeft > 1;
      const right = element.scrollLeft < more - 1;
      setHidden(more <= 1 ? 'none' : left && right ? 'both' : left ? 'left' : 'right');
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);
  return (
    <>
      {hidden !== 'none' && (
        <p className="scroll-hint" data-scroll-hint="">
          {t('scroll.hint')}
        </p>
      )}
      <section
        ref={region}
        className={`scroll-region scroll-region--${hidden} ${props.className ?? ''}`}
        aria-label={props.label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
        tabIndex={0}
      >
        {props.children}
      </section>
    </>
  );
}
