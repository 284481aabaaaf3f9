import { memo, Suspense, useState } from 'react';
import type { NetworkSpec } from '../../engine';
import { useTranslate } from '../../state';
import { lazyView } from '../lazyView';

/** The editor's contents (and the JSON parser they use): fetched when a reader first opens it. */
const NetworkEditorBody = lazyView(() =>
  import('./NetworkEditorBody').then((module) => module.NetworkEditorBody),
);

/**
 * The network editor, closed until a reader opens it: then its contents load, and stay (with what
 * was typed in them) while it is closed and opened again.
 */
export const NetworkEditor = memo(function NetworkEditor(props: { figure: string; net: NetworkSpec }) {
  const t = useTranslate();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="network-editor slide-skip"
      data-export-skip=""
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('editor.summary')}</summary>
      {opened && (
        <Suspense fallback={<p className="figure__loading">{t('figure.loading')}</p>}>
          <NetworkEditorBody figure={props.figure} net={props.net} />
        </Suspense>
      )}
    </details>
  );
});
