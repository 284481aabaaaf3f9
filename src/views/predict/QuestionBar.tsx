import { Suspense, useId, useRef, useState } from 'react';
import { askedTarget, type QuestionKind, type SceneDefinition } from '../../scenes';
import { useLab, useLabStore, useTranslate } from '../../state';
import { lazyView } from '../lazyView';
import { useCatchLostFocus } from '../useCatchLostFocus';

/** An open question's code (and texts): a chunk of its own, fetched when a figure first asks one. */
export const loadQuestionPanel = () => import('./QuestionPanel');
const QuestionPanel = lazyView(() => loadQuestionPanel().then((module) => module.QuestionPanel));

/** The invitation to predict first: which question, and a button that asks it. */
function QuestionStart(props: {
  scene: SceneDefinition;
  kinds: readonly QuestionKind[];
  /** The kind of the question just left, offered again. */
  last: QuestionKind | null;
}) {
  const t = useTranslate();
  const store = useLabStore();
  const id = useId();
  const [kind, setKind] = useState<QuestionKind>(props.last ?? props.kinds[0]);
  // Back from a question (its Explore button gone), focus is on Ask.
  const askButton = useRef<HTMLButtonElement>(null);
  useCatchLostFocus(askButton);
  const chosen = props.kinds.includes(kind) ? kind : props.kinds[0];
  // The question's code and texts arrive first, so nothing is drawn before its words are there.
  const ask = async () => {
    await loadQuestionPanel();
    const state = store.getState();
    const figure = state.figures[props.scene.id];
    const target = askedTarget(props.scene, chosen, figure.params, figure.selection);
    if (target) state.ask(props.scene.id, { kind: chosen, target });
  };
  return (
    <div className="question-start" data-question-start="">
      <label htmlFor={id}>{t('predict.choose')}</label>
      <select
        id={id}
        value={chosen}
        data-setting="question-kind"
        onChange={(event) => setKind(event.target.value as QuestionKind)}
      >
        {props.kinds.map((option) => (
          <option key={option} value={option}>
            {t(`predict.kind.${option}`)}
          </option>
        ))}
      </select>
      <button type="button" data-action="ask" ref={askButton} onClick={() => void ask()}>
        {t('predict.ask')}
      </button>
    </div>
  );
}

/**
 * Predict, then check, for one figure: while it asks a question, the question with its answer
 * fields, check, try another, and the verdict; otherwise an invitation to be asked first.
 */
export function QuestionBar(props: { scene: SceneDefinition }) {
  const question = useLab((state) => state.figures[props.scene.id].question);
  const kinds = props.scene.questions?.kinds;
  const last = useRef<QuestionKind | null>(null);
  if (question) last.current = question.kind;
  if (!kinds || kinds.length === 0) return null;
  return question ? (
    <Suspense fallback={null}>
      <QuestionPanel scene={props.scene} question={question} />
    </Suspense>
  ) : (
    <QuestionStart scene={props.scene} kinds={kinds} last={last.current} />
  );
}
