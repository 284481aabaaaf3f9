import { type KeyboardEvent, memo, useEffect, useId, useMemo, useState } from 'react';
import { type LayerKind, type NetworkSpec, type SpecIssue, validateNetwork } from '../../engine';
import type { Translate } from '../../i18n';
import { suggestedLayers } from '../../scenes';
import {
  selectFigureIssues,
  selectHistoryDepth,
  selectRedo,
  selectSetParams,
  selectUndo,
  useLab,
  useTranslate,
} from '../../state';
import { downloadBlob } from '../downloadBlob';
import { issueText } from '../issueText';
import { SubHeading } from '../SubHeading';
import { jsonErrorText } from './jsonError';
import { LayerEditor } from './LayerEditor';
import {
  changeKind,
  duplicateLayer,
  insertLayer,
  moveLayer,
  newLayer,
  removeLayer,
  setGlobalPool,
  setLayerField,
} from './networkEdits';

/** Largest network file read, in bytes: a 256-layer network is a few tens of kilobytes. */
const MAX_FILE_BYTES = 1_048_576;

/** Issues by layer position (−1 for the input and the whole spec) and field name. */
function issuesByField(issues: readonly SpecIssue[]): Map<number, Map<string, SpecIssue[]>> {
  const byLayer = new Map<number, Map<string, SpecIssue[]>>();
  for (const issue of issues) {
    const match = /^layers\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
    const position = match ? Number(match[1]) : -1;
    const field = match?.[2] ?? '';
    const fields = byLayer.get(position) ?? new Map<string, SpecIssue[]>();
    fields.set(field, [...(fields.get(field) ?? []), issue]);
    byLayer.set(position, fields);
  }
  return byLayer;
}

/** Parses text as a network spec object, or says why not in the page's language. */
function parseNetwork(t: Translate, text: string): { spec: NetworkSpec } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: jsonErrorText(t, text) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: t('editor.jsonNotObject') };
  }
  return { spec: value as NetworkSpec };
}

/**
 * The network editor's contents: undo and redo, every layer's fields (add, remove, duplicate,
 * reorder), the network as JSON to paste or copy, and download or open it as a file. Every change
 * is recorded for undo; a change that makes the network impossible is kept, its issues shown at
 * their fields, while the figure draws the last possible network.
 */
export const NetworkEditorBody = memo(function NetworkEditorBody(props: {
  figure: string;
  net: NetworkSpec;
}) {
  const t = useTranslate();
  const setParams = useLab(selectSetParams);
  const undo = useLab(selectUndo);
  const redo = useLab(selectRedo);
  const [past, future] = useLab(selectHistoryDepth(props.figure)).split(':').map(Number);
  const issues = useLab(selectFigureIssues(props.figure)) ?? [];
  const byField = useMemo(() => issuesByField(issues), [issues]);
  const jsonId = useId();
  const fileId = useId();
  const canonical = useMemo(() => JSON.stringify(props.net, null, 2), [props.net]);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // A new network from elsewhere (undo, a preset, a file) replaces what was typed but not applied.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the network changes.
  useEffect(() => setDraft(null), [canonical]);

  const { net } = props;
  const layers = Array.isArray(net.layers) ? net.layers : [];
  const dimensions = Array.isArray(net.input?.size) ? net.input.size.length : 1;
  // One undo step per field however many keystrokes changed it (typing 1, 2, 8 into a field is 128).
  const commit = (next: NetworkSpec, field?: string) =>
    setParams(props.figure, { net: next }, { record: true, coalesce: field });
  // A whole new network (JSON, a file) also gets the layers worth drawing first.
  const replace = (next: NetworkSpec) =>
    setParams(props.figure, { net: next, show: suggestedLayers(next) }, { record: true });

  const apply = (text: string, source: string | null) => {
    const parsed = parseNetwork(t, text);
    if ('error' in parsed) {
      setMessage(parsed.error);
      return;
    }
    replace(parsed.spec);
    // Say at once whether it can be drawn; the fields that need fixing are marked below.
    const validation = validateNetwork(parsed.spec);
    const problems = validation.ok ? 0 : validation.issues.length;
    setMessage(
      source === null
        ? t(problems === 0 ? 'editor.jsonApplied' : 'editor.jsonAppliedWithIssues', { count: problems })
        : t(problems === 0 ? 'editor.fileLoaded' : 'editor.fileLoadedWithIssues', {
            name: source,
            count: problems,
          }),
    );
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage(t('editor.fileTooLarge', { name: file.name, size: file.size, maximum: MAX_FILE_BYTES }));
      return;
    }
    try {
      const text = await file.text();
      const parsed = parseNetwork(t, text);
      if ('error' in parsed) {
        setMessage(t('editor.fileUnreadable', { name: file.name, message: parsed.error }));
        return;
      }
      apply(text, file.name);
    } catch {
      setMessage(t('editor.fileReadFailed', { name: file.name }));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft ?? canonical);
      setMessage(t('editor.jsonCopied'));
    } catch {
      setMessage(t('editor.jsonCopyFailed'));
    }
  };

  // Ctrl/⌘ + Z undoes and Ctrl/⌘ + Shift + Z or Ctrl + Y redoes, except in text the browser edits itself.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && target.type === 'text')
    )
      return;
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo(props.figure);
    else if ((key === 'z' && event.shiftKey) || key === 'y') redo(props.figure);
    else return;
    event.preventDefault();
  };

  const inputIssues = byField.get(-1);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcuts for the controls inside.
    <div className="network-editor__body" onKeyDown={onKeyDown}>
      <div className="network-editor__history">
        {/* aria-disabled rather than disabled: a button that becomes unavailable keeps the focus. */}
        <button
          type="button"
          onClick={() => undo(props.figure)}
          aria-disabled={past === 0}
          data-action="undo"
        >
          {t('editor.undo')}
        </button>
        <button
          type="button"
          onClick={() => redo(props.figure)}
          aria-disabled={future === 0}
          data-action="redo"
        >
          {t('editor.redo')}
        </button>
      </div>
      <div className="network-editor__json">
        <label htmlFor={jsonId}>{t('editor.json')}</label>
        <textarea
          id={jsonId}
          rows={12}
          spellCheck={false}
          value={draft ?? canonical}
          onChange={(event) => setDraft(event.target.value)}
          data-network-json=""
        />
        <div className="network-editor__buttons">
          <button type="button" onClick={() => apply(draft ?? canonical, null)} data-action="apply-json">
            {t('editor.jsonApply')}
          </button>
          <button type="button" onClick={copy}>
            {t('editor.jsonCopy')}
          </button>
          <button
            type="button"
            data-action="download-network"
            onClick={() =>
              downloadBlob(new Blob([`${canonical}\n`], { type: 'application/json' }), 'network.json')
            }
          >
            {t('editor.download')}
          </button>
          <label htmlFor={fileId} className="file-button">
            {t('editor.upload')}
          </label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className="file-button__input"
            data-action="upload-network"
            onChange={(event) => {
              void onFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </div>
        <p role="status" className="network-editor__message">
          {message}
        </p>
      </div>
      {inputIssues && (
        <p className="editor__issue" role="alert">
          {[...inputIssues.values()]
            .flat()
            .map((issue) => issueText(t, issue))
            .join(' ')}
        </p>
      )}
      <SubHeading className="network-editor__heading">{t('editor.layers')}</SubHeading>
      <ol className="network-editor__layers">
        {layers.map((layer, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: layers are edited in place by position.
          <li key={position}>
            <LayerEditor
              position={position}
              count={layers.length}
              layer={layer as unknown as Record<string, unknown>}
              dimensions={dimensions}
              issues={byField.get(position) ?? new Map()}
              onField={(field, value) =>
                commit(setLayerField(net, position, field, value), `layers[${position}].${field}`)
              }
              onKind={(kind: LayerKind) => commit(changeKind(net, position, kind, dimensions))}
              onGlobal={(global) => commit(setGlobalPool(net, position, global))}
              onMove={(offset) => commit(moveLayer(net, position, offset))}
              onDuplicate={() => commit(duplicateLayer(net, position))}
              onRemove={() => commit(removeLayer(net, position))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => commit(insertLayer(net, layers.length - 1, newLayer('conv', dimensions)))}
        data-action="add-layer"
      >
        {t('editor.add')}
      </button>
    </div>
  );
});
