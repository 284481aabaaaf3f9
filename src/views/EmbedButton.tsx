import { Suspense, useState } from 'react';
import type { SceneDefinition } from '../scenes';
import { useTranslate } from '../state';
import { lazyView } from './lazyView';

/** The embed dialog's code and texts: a chunk of their own, fetched when a teacher first presses Embed. */
const loadEmbedDialog = () => import('./EmbedDialog');
const EmbedDialog = lazyView(() => loadEmbedDialog().then((module) => module.EmbedDialog));

/** The Embed button: each press opens the dialog (made on the first). */
export function EmbedButton(props: { scene: SceneDefinition; section: () => HTMLElement | null }) {
  const t = useTranslate();
  const [presses, setPresses] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setPresses((count) => count + 1)} data-action="embed">
        {t('toolbar.embed')}
      </button>
      {presses > 0 && (
        <Suspense fallback={null}>
          <EmbedDialog scene={props.scene} section={props.section} request={presses} />
        </Suspense>
      )}
    </>
  );
}
