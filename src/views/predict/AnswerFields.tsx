import { useId } from 'react';
import { QUESTION_KERNELS, type Question, type SceneDefinition } from '../../scenes';
import { useLab, useLabStore, useTranslate } from '../../state';
import { boxEdges } from './markedBox';
import type { AnswerForm } from './questionText';
import { questionSizes } from './questionText';

/** A typed answer (r, S, P, a box's row or column), kept as typed until it is checked. */
function EntryField(props: {
  figure: string;
  name: string;
  label: string;
  disabled: boolean;
  /** Whole numbers only (a box's rows and columns); otherwise `7` or `7 × 9` may be typed. */
  numeric?: { minimum: number; maximum: number };
}) {
  const id = useId();
  const store = useLabStore();
  const value = useLab((state) => state.figures[props.figure].attempt.entries[props.name] ?? '');
  return (
    <span className="question__field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.numeric ? 'number' : 'text'}
        inputMode="numeric"
        min={props.numeric?.minimum}
        max={props.numeric?.maximum}
        size={props.numeric ? 5 : 7}
        autoComplete="off"
        value={value}
        disabled={props.disabled}
        data-answer={props.name}
        onChange={(event) => store.getState().setEntry(props.figure, props.name, event.target.value)}
      />
    </span>
  );
}

/** One answer among a few, as radio buttons. */
function ChoiceField(props: {
  figure: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  disabled: boolean;
}) {
  const group = useId();
  const store = useLabStore();
  const value = useLab((state) => state.figures[props.figure].attempt.entries[props.name] ?? '');
  return (
    <fieldset className="question__choices" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={group}
            value={option.value}
            checked={value === option.value}
            data-answer={`${props.name}:${option.value}`}
            onChange={() => store.getState().setEntry(props.figure, props.name, option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Where a question's answer is typed or chosen: r (then S and P) for a size, the four edges of a box
 * on the input (which can also be dragged on it), a kernel, or yes and no. Marks on units and
 * connections are made in the drawing itself: nothing here.
 */
export function AnswerFields(props: { scene: SceneDefinition; question: Question; form: AnswerForm }) {
  const t = useTranslate();
  const { scene, question, form } = props;
  const figure = scene.id;
  const checked = useLab((state) => state.figures[figure].attempt.checked);
  const params = useLab((state) => state.figures[figure].params);
  if (form === 'size') {
    return (
      <div className="question__fields">
        <EntryField figure={figure} name="r" label="r =" disabled={checked > 0} />
        {checked > 0 && (
          <>
            <EntryField figure={figure} name="S" label="S =" disabled={checked > 1} />
            <EntryField figure={figure} name="P" label="P =" disabled={checked > 1} />
          </>
        )}
      </div>
    );
  }
  if (form === 'box') {
    const input = questionSizes(scene, params)?.[0] ?? [1, 1];
    const [rows, cols] = input.length === 2 ? input : [1, input[0]];
    return (
      <div className="question__fields" data-box-fields="">
        {boxEdges(input.length).map((name) => (
          <EntryField
            key={name}
            figure={figure}
            name={name}
            label={t(`predict.box.${name}`)}
            disabled={checked > 0}
            numeric={{ minimum: 0, maximum: (name === 'top' || name === 'bottom' ? rows : cols) - 1 }}
          />
        ))}
      </div>
    );
  }
  if (form === 'choice') {
    const options =
      question.kind === 'kernel'
        ? QUESTION_KERNELS.map((kernel) => ({ value: kernel, label: t(`edges.kernel.${kernel}`) }))
        : [
            { value: 'yes', label: t('predict.answer.yes') },
            { value: 'no', label: t('predict.answer.no') },
          ];
    return (
      <ChoiceField
        figure={figure}
        name={question.kind}
        legend={t('predict.answer.choices')}
        options={options}
        disabled={checked > 0}
      />
    );
  }
  return null;
}
