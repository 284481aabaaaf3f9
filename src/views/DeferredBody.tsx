import { type ComponentType, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslate } from '../state';
import { PREPARE_PRINT_EVENT, printPreparing } from './printWhenDrawn';

/** How far below the viewport a deferred figure starts loading, so it is ready when scrolled to. */
const LOAD_MARGIN = '800px 0px';

/**
 * A figure body that is fetched and mounted only when its section comes within {@link LOAD_MARGIN}
 * of the viewport, keeping its code off the first load; until then a placeholder of the figure’s
 * usual height holds its place. When `eager` (an embed) it is mounted at once and waits in the
 * nearest Suspense boundary above, so the embed appears whole rather than growing from a
 * placeholder.
 */
export function DeferredBody(props: { body: ComponentType; eager?: boolean }) {
  const t = useTranslate();
  const anchor = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(props.eager === true);
  // Printing the page prints every figure: those not yet near the view are fetched when the page
  // prepares to print (Ctrl/⌘ + P), or as the browser's own print starts.
  useEffect(() => {
    if (near) return;
    const load = () => setNear(true);
    if (printPreparing()) {
      load();
      return;
    }
    addEventListener('beforeprint', load);
    addEventListener(PREPARE_PRINT_EVENT, load);
    return () => {
      removeEventListener('beforeprint', load);
      removeEventListener(PREPARE_PRINT_EVENT, load);
    };
  }, [near]);
  useEffect(() => {
    if (near || !anchor.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(anchor.current);
    return () => observer.disconnect();
  }, [near]);
  const placeholder = (
    <div ref={anchor} className="figure__placeholder">
      <p className="figure__loading">{t('figure.loading')}</p>
      <p className="figure__print-note">{t('figure.printNotDrawn')}</p>
    </div>
  );
  const Body = props.body;
  if (props.eager) return <Body />;
  return near ? (
    <Suspense fallback={placeholder}>
      <Body />
    </Suspense>
  ) : (
    placeholder
  );
}
