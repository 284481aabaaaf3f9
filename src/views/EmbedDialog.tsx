import { useId, useRef, useState } from 'react';
import { embedSnippet, labAddress } from '../embed';
import { SCENES, type SceneDefinition } from '../scenes';
import { encodeUrlState, urlStateOf, useLabStore, useTranslate } from '../state';

/** The Embed button and its dialog: an iframe snippet for exactly the figure's current state, ready to copy. */
export function EmbedDialog(props: { scene: SceneDefinition; section: () => HTMLElement | null }) {
  const t = useTranslate();
  const store = useLabStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const snippetId = useId();
  const [snippet, setSnippet] = useState('');
  const [source, setSource] = useState('');
  const [status, setStatus] = useState('');
  const open = () => {
    const state = store.getState();
    const query = encodeUrlState({ ...urlStateOf(state), embed: props.scene.id }, SCENES, props.scene.id);
    const src = `${labAddress(window.location)}${query}`;
    const height = props.section()?.getBoundingClientRect().height ?? 600;
    setSource(src);
    setSnippet(embedSnippet(src, t('embed.frameTitle', { figure: t(props.scene.heading) }), height));
    setStatus('');
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t('embed.copied'));
    } catch {
      setStatus(t('embed.copyFailed'));
    }
  };
  return (
    <>
      <button type="button" onClick={open} data-action="embed">
        {t('toolbar.embed')}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} data-embed-dialog="">
        <h3 id={headingId}>{t('embed.heading')}</h3>
        <p>{t('embed.instructions')}</p>
        {props.scene.linkNote && <p data-link-note="">{t(props.scene.linkNote)}</p>}
        <label htmlFor={snippetId}>{t('embed.snippetLabel')}</label>
        <textarea
          id={snippetId}
          readOnly
          rows={6}
          value={snippet}
          data-embed-snippet=""
          onFocus={(event) => event.target.select()}
        />
        <p className="embed-dialog__actions">
          <button type="button" onClick={copy}>
            {t('embed.copy')}
          </button>
          <a href={source} target="_blank" rel="noopener">
            {t('embed.preview')}
          </a>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('embed.close')}
          </button>
        </p>
        <p role="status">{status}</p>
      </dialog>
    </>
  );
}
