import { Fragment, useEffect, useId, useState } from 'react';
import type { LayerKind, LayerSpec, SpecIssue } from '../../engine';
import { joinSentences } from '../../i18n';
import { selectLanguage, useLab, useTranslate } from '../../state';
import { issueAdvice, issueText } from '../issueText';
import { NumberField } from '../NumberField';
import { describeLayerKind } from './describeLayer';
import { axisNumbers, compactAxisValue } from './networkEdits';

/** Largest number (either sign) the editor lets through to the engine, which says what each field allows. */
const EDITOR_MAXIMUM = 99_999_999;

const KINDS: readonly LayerKind[] = ['conv', 'pool', 'dense', 'local', 'tiled'];

/** The issues of one field, translated, under it; the id names them for aria-describedby. */
function FieldIssues(props: { id: string; issues: readonly SpecIssue[] }) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  if (props.issues.length === 0) return null;
  const sentences = props.issues.flatMap((issue) => [issueText(t, issue), issueAdvice(t, language, issue)]);
  return (
    <p id={props.id} className="editor__issue" role="alert" data-field-issue={props.issues[0].code}>
      {joinSentences(
        language,
        sentences.filter((sentence) => sentence !== ''),
      )}
    </p>
  );
}

/** One number per axis for a per-axis field (height and width in 2D), committed as briefly as possible. */
function AxisField(props: {
  field: string;
  label: string;
  value: unknown;
  dimensions: number;
  issues: readonly SpecIssue[];
  onCommit(value: unknown): void;
}) {
  const t = useTranslate();
  const id = useId();
  const numbers = axisNumbers(props.value, props.dimensions);
  if (!numbers) {
    // A value the fields cannot show (from JSON or a link): shown as it is, with what is wrong with it.
    return (
      <div className="editor__field" data-editor-field={props.field}>
        <span className="editor__label">{props.label}</span>
        <code>{JSON.stringify(props.value)}</code>
        <FieldIssues id={`${id}-issues`} issues={props.issues} />
      </div>
    );
  }
  const axisLabels =
    props.dimensions === 2
      ? [t('editor.axis.height', { field: props.label }), t('editor.axis.width', { field: props.label })]
      : [t('editor.axis.length', { field: props.label })];
  return (
    <div className="editor__field" data-editor-field={props.field}>
      <span className="editor__label" id={`${id}-label`}>
        {props.label}
      </span>
      <span className="editor__axes">
        {numbers.map((value, axis) => (
          <Fragment
            // biome-ignore lint/suspicious/noArrayIndexKey: one field per axis.
            key={axis}
          >
            {/* Height × width, written as a kernel's shape is. */}
            {axis > 0 && <span aria-hidden="true">×</span>}
            <NumberField
              id={`${id}-${axis}`}
              label={axisLabels[axis]}
              value={value}
              invalid={props.issues.length > 0}
              describedBy={props.issues.length > 0 ? `${id}-issues` : undefined}
              definition={{ minimum: -EDITOR_MAXIMUM, maximum: EDITOR_MAXIMUM }}
              acceptAnyNumber
              onCommit={(next) => {
                const updated = [...numbers];
                updated[axis] = next;
                props.onCommit(compactAxisValue(updated));
              }}
            />
          </Fragment>
        ))}
      </span>
      <FieldIssues id={`${id}-issues`} issues={props.issues} />
    </div>
  );
}

/** Padding: valid, same, explicit units per axis (both sides), or before/after pairs (edited as JSON). */
function PaddingField(props: {
  value: unknown;
  dimensions: number;
  issues: readonly SpecIssue[];
  onCommit(value: unknown): void;
}) {
  const t = useTranslate();
  const id = useId();
  const value = props.value ?? 'valid';
  const mode =
    value === 'valid' || value === 'same'
      ? value
      : axisNumbers(value, props.dimensions)
        ? 'explicit'
        : 'asymmetric';
  return (
    <div className="editor__field" data-editor-field="padding">
      <label htmlFor={id} className="editor__label">
        {t('editor.field.padding')}
      </label>
      <select
        id={id}
        value={mode}
        aria-invalid={props.issues.length > 0 || undefined}
        onChange={(event) => {
          const next = event.target.value;
          props.onCommit(next === 'explicit' ? 1 : next);
        }}
      >
        <option value="valid">{t('editor.padding.valid')}</option>
        <option value="same">{t('editor.padding.same')}</option>
        <option value="explicit">{t('editor.padding.explicit')}</option>
        {mode === 'asymmetric' && (
          <option value="asymmetric" disabled>
            {t('editor.padding.asymmetric')}
          </option>
        )}
      </select>
      {mode === 'explicit' && (
        <AxisField
          field="padding-units"
          label={t('editor.field.padding')}
          value={value}
          dimensions={props.dimensions}
          issues={[]}
          onCommit={props.onCommit}
        />
      )}
      <FieldIssues id={`${id}-issues`} issues={props.issues} />
    </div>
  );
}

/** Props of one layer's editor. */
export interface LayerEditorProps {
  /** Index in `spec.layers` (the network's layer `position + 1`). */
  position: number;
  count: number;
  layer: Record<string, unknown>;
  dimensions: number;
  /** The issues of this layer, by field name (`''` for the layer as a whole). */
  issues: ReadonlyMap<string, SpecIssue[]>;
  onField(field: string, value: unknown): void;
  onKind(kind: LayerKind): void;
  /** Makes a pooling layer global, or gives it a window of its own again. */
  onGlobal(global: boolean): void;
  onMove(offset: -1 | 1): void;
  onDuplicate(): void;
  onRemove(): void;
}

/** Every field of one layer, the issues of each beside it, and buttons to move, copy and remove it. */
export function LayerEditor(props: LayerEditorProps) {
  const t = useTranslate();
  const id = useId();
  const { layer, dimensions } = props;
  const kind = layer.kind as LayerKind;
  const number = props.position + 1;
  const issuesOf = (field: string) => props.issues.get(field) ?? [];
  const global = kind === 'pool' && layer.global === true;
  const windowed = kind !== 'dense' && !global;
  const axis = (field: string, label: string) => (
    <AxisField
      field={field}
      label={label}
      value={layer[field] ?? (field === 'stride' && kind === 'pool' ? layer.kernel : 1)}
      dimensions={dimensions}
      issues={issuesOf(field)}
      onCommit={(value) => props.onField(field, value)}
    />
  );
  const single = (field: string, label: string, fallback: number) => (
    <AxisField
      field={field}
      label={label}
      value={layer[field] ?? fallback}
      dimensions={1}
      issues={issuesOf(field)}
      onCommit={(value) => props.onField(field, value)}
    />
  );
  const hasIssues = props.issues.size > 0;
  // A layer's fields open on demand (a 53-layer network would otherwise be 800 Tab stops), and
  // open by themselves when the layer has a problem.
  const [open, setOpen] = useState(hasIssues);
  useEffect(() => {
    if (hasIssues) setOpen(true);
  }, [hasIssues]);
  const known = KINDS.includes(kind);
  const summary = t('editor.layerSummary', {
    layer: number,
    kind: known ? describeLayerKind(t, layer as unknown as LayerSpec, dimensions) : String(layer.kind),
  });
  return (
    <details
      className="layer-editor"
      data-editor-layer={number}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {summary}
        {typeof layer.id === 'string' && <span className="layer-editor__name"> {layer.id}</span>}
        {hasIssues && <span className="layer-editor__problem"> {t('editor.layerProblem')}</span>}
      </summary>
      {open && (
        <fieldset className="layer-editor__fields">
          <legend className="visually-hidden">{t('editor.layerLegend', { layer: number })}</legend>
          <div className="editor__field" data-editor-field="id">
            <label htmlFor={`${id}-name`} className="editor__label">
              {t('editor.field.id')}
            </label>
            <input
              id={`${id}-name`}
              type="text"
              value={typeof layer.id === 'string' ? layer.id : ''}
              aria-invalid={issuesOf('id').length > 0 || undefined}
              onChange={(event) =>
                props.onField('id', event.target.value === '' ? undefined : event.target.value)
              }
            />
            <FieldIssues id={`${id}-id-issues`} issues={issuesOf('id')} />
          </div>
          <div className="editor__field" data-editor-field="kind">
            <label htmlFor={`${id}-kind`} className="editor__label">
              {t('editor.field.kind')}
            </label>
            <select
              id={`${id}-kind`}
              value={KINDS.includes(kind) ? kind : ''}
              onChange={(event) => props.onKind(event.target.value as LayerKind)}
            >
              {!KINDS.includes(kind) && <option value="">{String(layer.kind)}</option>}
              {KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`editor.kind.${option}`)}
                </option>
              ))}
            </select>
            <FieldIssues id={`${id}-kind-issues`} issues={issuesOf('kind')} />
          </div>
          {windowed && axis('kernel', t('editor.field.kernel'))}
          {windowed && axis('stride', t('editor.field.stride'))}
          {windowed && axis('dilation', t('editor.field.dilation'))}
          {windowed && (
            <PaddingField
              value={layer.padding}
              dimensions={dimensions}
              issues={issuesOf('padding')}
              onCommit={(value) => props.onField('padding', value)}
            />
          )}
          {kind === 'tiled' && axis('tiles', t('editor.field.tiles'))}
          {kind === 'dense' && axis('units', t('editor.field.units'))}
          {kind === 'pool' && (
            <div className="editor__field" data-editor-field="op">
              <label htmlFor={`${id}-op`} className="editor__label">
                {t('editor.field.op')}
              </label>
              <select
                id={`${id}-op`}
                value={String(layer.op)}
                onChange={(event) => props.onField('op', event.target.value)}
              >
                <option value="max">{t('editor.op.max')}</option>
                <option value="avg">{t('editor.op.avg')}</option>
              </select>
              <FieldIssues id={`${id}-op-issues`} issues={issuesOf('op')} />
            </div>
          )}
          {kind === 'pool' && (
            <div className="editor__field" data-editor-field="global">
              <span className="control--toggle">
                <input
                  id={`${id}-global`}
                  type="checkbox"
                  checked={global}
                  aria-describedby={issuesOf('global').length > 0 ? `${id}-global-issues` : undefined}
                  onChange={(event) => props.onGlobal(event.target.checked)}
                />
                <label htmlFor={`${id}-global`}>{t('editor.field.global')}</label>
              </span>
              <FieldIssues id={`${id}-global-issues`} issues={issuesOf('global')} />
            </div>
          )}
          {kind !== 'pool' && single('channels', t('editor.field.channels'), 1)}
          {kind === 'conv' && single('groups', t('editor.field.groups'), 1)}
          <FieldIssues id={`${id}-issues`} issues={issuesOf('')} />
          <div className="layer-editor__actions">
            <button
              type="button"
              onClick={() => props.onMove(-1)}
              disabled={props.position === 0}
              aria-label={t('editor.moveUp', { layer: number })}
              data-action="move-earlier"
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => props.onMove(1)}
              disabled={props.position === props.count - 1}
              aria-label={t('editor.moveDown', { layer: number })}
              data-action="move-later"
            >
              ↓
            </button>
            <button
              type="button"
              onClick={props.onDuplicate}
              aria-label={t('editor.duplicate', { layer: number })}
              data-action="duplicate"
            >
              {t('editor.duplicateShort')}
            </button>
            <button
              type="button"
              onClick={props.onRemove}
              aria-label={t('editor.remove', { layer: number })}
              data-action="remove"
            >
              {t('editor.removeShort')}
            </button>
          </div>
        </fieldset>
      )}
    </details>
  );
}
