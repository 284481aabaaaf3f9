import { useId, useRef, useState } from 'react';
import type { MessageKey } from '../i18n';
import {
  bookState,
  type FigureParams,
  hiddenSettings,
  type ParamDefinition,
  type ParamValue,
  type SceneDefinition,
} from '../scenes';
import {
  selectResetFigure,
  selectSelect,
  selectSetParam,
  selectSetParams,
  useLab,
  useTranslate,
} from '../state';
import { NumberField } from './NumberField';
import { useTapLimit } from './useTapLimit';
import './controls.css';

interface ControlProps {
  figure: string;
  name: string;
  definition: Exclude<
    ParamDefinition,
    { kind: 'hidden-integer' | 'network' | 'layers' | 'integers' | 'matrix' }
  >;
  params: FigureParams;
}

function Control(props: ControlProps) {
  const t = useTranslate();
  const id = useId();
  const value = useLab((state) => state.figures[props.figure].params[props.name]);
  const setParam = useLab(selectSetParam);
  const set = (next: ParamValue) => setParam(props.figure, props.name, next);
  const { definition } = props;
  const setting = props.name;
  // A control whose setting does not matter now is disabled, and says why beside it.
  const inactive =
    (definition.kind === 'integer' || definition.kind === 'choice') &&
    definition.active !== undefined &&
    !definition.active.when(props.params)
      ? definition.active.note
      : null;
  const noteId = `${id}-note`;
  const note = inactive && (
    <span id={noteId} className="control__note" data-inactive-note="">
      {t(inactive)}
    </span>
  );
  const disabled = inactive !== null;
  const describedBy = inactive ? noteId : undefined;
  // On a touch screen a slider of units across stops where they can still be tapped; + goes on.
  const frame = useRef<HTMLDivElement>(null);
  const tapLimit = useTapLimit(frame, definition.kind === 'integer' && definition.unitsAcross === true);
  // Said once the reader moves it there (said as the page loads, it would move what lies below).
  const [moved, setMoved] = useState(false);
  const move = (next: number) => {
    setMoved(true);
    set(next);
  };
  switch (definition.kind) {
    case 'integer': {
      const sliderTop =
        tapLimit === null
          ? definition.maximum
          : Math.min(definition.maximum, Math.max(definition.minimum, tapLimit, Number(value)));
      const tapNote =
        moved && tapLimit !== null && tapLimit < definition.maximum && Number(value) >= tapLimit;
      const tapNoteId = `${id}-tap`;
      const sliderDescribedBy =
        [describedBy, tapNote ? tapNoteId : undefined].filter(Boolean).join(' ') || undefined;
      return (
        <div className="control" ref={frame}>
          <label htmlFor={id}>{t(definition.label)}</label>
          {definition.control === 'number' ? (
            <NumberField
              id={id}
              setting={setting}
              value={Number(value)}
              definition={definition}
              onCommit={set}
            />
          ) : (
            <>
              <input
                id={id}
                type="range"
                min={definition.minimum}
                max={sliderTop}
                step={1}
                value={Number(value)}
                disabled={disabled}
                aria-describedby={sliderDescribedBy}
                data-setting={setting}
                onChange={(event) => move(Number(event.target.value))}
              />
              {/* Steppers: a step at a time, where a slider on a phone moves a few px per step. */}
              <span className="control__stepper">
                <button
                  type="button"
                  disabled={disabled || Number(value) <= definition.minimum}
                  aria-label={t('controls.decrease', { name: t(definition.label) })}
                  data-step="down"
                  data-setting-step={setting}
                  onClick={() => move(Math.max(definition.minimum, Number(value) - 1))}
                >
                  −
                </button>
                <output htmlFor={id}>{String(value)}</output>
                <button
                  type="button"
                  disabled={disabled || Number(value) >= definition.maximum}
                  aria-label={t('controls.increase', { name: t(definition.label) })}
                  data-step="up"
                  data-setting-step={setting}
                  onClick={() => move(Math.min(definition.maximum, Number(value) + 1))}
                >
                  +
                </button>
              </span>
            </>
          )}
          {note}
          {tapNote && (
            <span id={tapNoteId} className="control__note" data-tap-limit={tapLimit}>
              {t('controls.tapLimit', { count: tapLimit })}
            </span>
          )}
        </div>
      );
    }
    case 'padding': {
      const options: ParamValue[] = ['valid', 'same'];
      for (let count = 1; count <= definition.maximum; count += 1) options.push(count);
      return (
        <div className="control control--wide">
          <label htmlFor={id}>{t(definition.label)}</label>
          <select
            id={id}
            data-setting={setting}
            value={String(value)}
            onChange={(event) => {
              const next = event.target.value;
              set(next === 'valid' || next === 'same' ? next : Number(next));
            }}
          >
            {options.map((option) => (
              <option key={String(option)} value={String(option)}>
                {typeof option === 'number'
                  ? t('controls.padding.explicit', { count: option })
                  : t(`controls.padding.${option as 'valid' | 'same'}`)}
              </option>
            ))}
          </select>
        </div>
      );
    }
    case 'choice':
      return (
        <div className="control control--wide">
          <label htmlFor={id}>{t(definition.label)}</label>
          <select
            id={id}
            data-setting={setting}
            disabled={disabled}
            aria-describedby={describedBy}
            value={String(value)}
            onChange={(event) => set(event.target.value)}
          >
            {definition.options.map((option) => (
              <option key={option} value={option}>
                {t(`${definition.optionPrefix}.${option}` as MessageKey)}
              </option>
            ))}
          </select>
          {note}
        </div>
      );
    case 'toggle':
      return (
        <div className="control control--toggle">
          <input
            id={id}
            type="checkbox"
            checked={Boolean(value)}
            data-setting={setting}
            onChange={(event) => set(event.target.checked)}
          />
          <label htmlFor={id}>{t(definition.label)}</label>
        </div>
      );
  }
}

/** The controls of a figure's settings, built from its scene definition, with reset and clear buttons. */
export function ParamControls(props: { scene: SceneDefinition; compact?: boolean }) {
  const t = useTranslate();
  const reset = useLab(selectResetFigure);
  const select = useLab(selectSelect);
  const setParams = useLab(selectSetParams);
  const { scene } = props;
  const params = useLab((state) => state.figures[scene.id].params);
  // While a question is open its settings stay as it set them, and those that would give its answer away are hidden.
  const question = useLab((state) => state.figures[scene.id].question);
  const hidden = hiddenSettings(scene, question);
  const noteId = useId();
  return (
    <fieldset
      className={`controls${props.compact ? ' controls--compact' : ''}`}
      disabled={question !== null}
      aria-describedby={question ? noteId : undefined}
    >
      <legend>{t('figure.controls')}</legend>
      {question && (
        <p id={noteId} className="controls__locked" data-settings-locked="">
          {t('predict.settingsLocked')}
        </p>
      )}
      {Object.entries(scene.params).map(([name, definition]) =>
        // Hidden numbers, networks, layer lists, offsets and kernels are edited by the figure itself.
        hidden.includes(name) ||
        definition.kind === 'hidden-integer' ||
        definition.kind === 'network' ||
        definition.kind === 'layers' ||
        definition.kind === 'integers' ||
        definition.kind === 'matrix' ? null : (
          <Control key={name} figure={scene.id} name={name} definition={definition} params={params} />
        ),
      )}
      <div className="control control--buttons">
        {scene.selectable && (
          <button type="button" onClick={() => select(scene.id, null)}>
            {t('controls.clearSelection')}
          </button>
        )}
        <button type="button" onClick={() => reset(scene.id)} data-action="reset">
          {t('controls.reset')}
        </button>
        <button
          type="button"
          data-action="as-in-book"
          onClick={() => {
            // One step for undo.
            const book = bookState(scene);
            setParams(scene.id, book.params, { record: true });
            select(scene.id, book.selection);
          }}
        >
          {t('controls.asInTheBook')}
        </button>
      </div>
    </fieldset>
  );
}
