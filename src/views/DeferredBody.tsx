import { type ComponentType, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslate } from '../state';

/** How far below the viewport a deferred figure starts loading, so it is ready when scrolled to. */
const LOAD_MARGIN = '800px 0px';

/**
 * A figure body that is fetched and mounted only when its section comes within {@link LOAD_MARGIN}
 * of the viewport (or at once when `eager`, as in an embed), keeping its code off the first load.
 * Until then a placeholder of the figure’s usual height holds its place.
 */
export function DeferredBody(props: { body: ComponentType; eager?: boolean }) {
  const t = useTranslate();
  const anchor = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(props.eager === true);
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
    </div>
  );
  const Body = props.body;
  // The wrapper marks the section as one that grows late (see `.figure__deferred` in the styles).
  return (
    <div className="figure__deferred">
      {near ? (
        <Suspense fallback={placeholder}>
          <Body />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
