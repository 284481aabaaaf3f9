import './messages';
import { useEffect, useId, useRef, useState } from 'react';
import { labAddress } from '../../embed';
import { type Question, questionKernel, type SceneDefinition } from '../../scenes';
// Drawn from its own file, not the scenes' index: only an open question needs it, in this chunk.
import { anotherCommuteCase, anotherTarget } from '../../scenes/anotherQuestion';
import { encodeUrlState, selectLanguage, useLab, useLabStore, useTranslate } from '../../state';
import { useScenes } from '../FiguresContext';
import { useCatchLostFocus } from '../useCatchLostFocus';
import { useKeptHeight } from '../useKeptHeight';
import { AnswerFields } from './AnswerFields';
import { boxProblem } from './markedBox';
import { answerForm, questionSizes, questionText } from './questionText';
import { useQuestionResult } from './useQuestionResult';
import './question.css';

/** A question being asked: what it asks, where to answer, check, and the verdict once checked. */
export function QuestionPanel(props: { scene: SceneDefinition; question: Question }) {
  const { scene, question } = props;
  const t = useTranslate();
  const scenes = useScenes();
  const store = useLabStore();
  const headingId = useId();
  const language = useLab(selectLanguage);
  const params = useLab((state) => state.figures[scene.id].params);
  const attempt = useLab((state) => state.figures[scene.id].attempt);
  const outcome = useQuestionResult(scene, question);
  const [copied, setCopied] = useState<{ line: string; ok: boolean } | null>(null);
  const lineId = useId();
  const problemId = useId();
  // Asked by a button that is now gone, focus goes to the question; checked, to the verdict.
  const questionLine = useRef<HTMLParagraphElement>(null);
  const verdict = useRef<HTMLDivElement>(null);
  useCatchLostFocus(questionLine);
  useCatchLostFocus(verdict, attempt.checked > 0);
  const lineField = useRef<HTMLTextAreaElement>(null);
  // The box's problem line keeps its room while the box is drawn: the photo never moves under the pointer.
  const problemLine = useRef<HTMLParagraphElement>(null);
  useKeptHeight(problemLine);
  // A line that could not be copied is selected, ready to copy by hand.
  useEffect(() => {
    if (copied && !copied.ok) lineField.current?.focus();
  }, [copied]);
  const text = questionText(t, scene, question, params, attempt.checked);
  const form = answerForm(scene, question, params);
  // A box is checked only once it is a box on the input.
  const input = form === 'box' ? (questionSizes(scene, params)?.[0] ?? [1]) : null;
  const problem = input && attempt.checked === 0 ? boxProblem(attempt, input) : null;
  // An edge not given yet is said only when Check is pressed (the line would otherwise come and go
  // as a drag on the photo begins, moving the photo under the pointer); a wrong edge, as it is typed.
  const [checkPressed, setCheckPressed] = useState(false);
  const shownProblem = problem === 'predict.boxProblem.missing' && !checkPressed ? null : problem;
  const marks = Object.values(attempt.marks).reduce((total, keys) => total + keys.length, 0);
  const answered = marks > 0 || Object.values(attempt.entries).some((value) => value.trim() !== '');
  const state = () => store.getState();
  const another = () => {
    const figure = state().figures[scene.id];
    if (question.kind === 'commute') {
      const next = anotherCommuteCase(scene, figure.params);
      if (next) state().setParams(scene.id, next);
      state().retry(scene.id);
      return;
    }
    const target = anotherTarget(scene, question.kind, figure.params, question.target);
    if (target) state().ask(scene.id, { kind: question.kind, target });
  };
  // Leaving the question keeps its answer in sight: its unit selected, its kernel or weight chosen.
  const explore = () => {
    state().ask(scene.id, null);
    if (question.kind === 'field' || question.kind === 'reach' || question.kind === 'size')
      state().select(scene.id, question.target);
    if (question.kind === 'weight') state().setParam(scene.id, 'weight', question.target.index);
    if (question.kind === 'kernel')
      state().setParam(scene.id, 'kernel', questionKernel(question.target.index));
  };
  // The line a student pastes into a quiz: the figure, the question, the verdict and a link to it.
  const resultLine = () =>
    `${t('predict.resultLine', {
      lab: t('app.title'),
      figure: t(scene.heading),
      question: text.question,
      result: outcome.lines.join(language === 'zh' ? '' : ' '),
    })} ${labAddress(window.location)}${encodeUrlState(
      {
        figures: { [scene.id]: { params, selection: null, question } },
        language,
        embed: null,
        theme: null,
        view: null,
      },
      scenes,
      scene.id,
    )}#figure-${scene.id}`;
  const line = attempt.checked > 0 && !outcome.pending ? resultLine() : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(line);
      setCopied({ line, ok: true });
    } catch {
      // A page may forbid copying (an embed whose page does not allow it): the line is shown to copy by hand.
      setCopied({ line, ok: false });
    }
  };
  // What copying did, while it is about the verdict shown (a new check or question makes it stale).
  const copiedNow = copied?.line === line ? copied : null;
  return (
    <section className="question" aria-labelledby={headingId} data-question={question.kind}>
      <p id={headingId} className="question__text" tabIndex={-1} ref={questionLine}>
        <strong>{t('predict.heading')}</strong>
        {language === 'zh' ? '' : ' '}
        {text.question}
      </p>
      {!outcome.finished && <p className="question__how">{text.how}</p>}
      <AnswerFields scene={scene} question={question} form={form} />
      {input && attempt.checked === 0 && (
        <p
          id={problemId}
          ref={problemLine}
          className="question__problem"
          data-box-problem={shownProblem ?? undefined}
        >
          {shownProblem &&
            t(shownProblem, {
              lastRow: input.length === 2 ? input[0] - 1 : 0,
              lastCol: (input.at(-1) ?? 1) - 1,
            })}
        </p>
      )}
      <div className="question__actions">
        {!outcome.finished && (
          <button
            type="button"
            data-action="check"
            disabled={problem !== null && problem !== 'predict.boxProblem.missing'}
            aria-describedby={shownProblem ? problemId : undefined}
            onClick={() => {
              setCheckPressed(true);
              if (!problem) state().check(scene.id);
            }}
          >
            {t('predict.check')}
          </button>
        )}
        <button
          type="button"
          data-action="retry"
          disabled={!answered && attempt.checked === 0}
          onClick={() => state().retry(scene.id)}
        >
          {t('predict.retry')}
        </button>
        <button type="button" data-action="another" onClick={another}>
          {t('predict.another')}
        </button>
        <button type="button" data-action="explore" onClick={explore}>
          {t('predict.explore')}
        </button>
      </div>
      <div
        ref={verdict}
        tabIndex={-1}
        className="question__result"
        role="status"
        aria-live="polite"
        data-question-result={attempt.checked === 0 ? undefined : outcome.pending ? 'pending' : 'checked'}
      >
        {attempt.checked === 0 ? (
          (form === 'units' || form === 'connections') && (
            <p>{t(form === 'units' ? 'predict.marked' : 'predict.markedConnections', { count: marks })}</p>
          )
        ) : outcome.pending ? (
          <p>{t('predict.checking')}</p>
        ) : (
          outcome.lines.map((line) => (
            <p key={line} data-export-text="">
              {line}
            </p>
          ))
        )}
      </div>
      {attempt.checked > 0 && !outcome.pending && (
        <p className="question__copy">
          <button type="button" data-action="copy-result" onClick={copy}>
            {t('predict.copy')}
          </button>{' '}
          <span role="status">{copiedNow && t(copiedNow.ok ? 'predict.copied' : 'predict.copyFailed')}</span>
        </p>
      )}
      {copiedNow && !copiedNow.ok && (
        <p className="question__line">
          <label htmlFor={lineId}>{t('predict.resultLabel')}</label>
          <textarea
            id={lineId}
            readOnly
            rows={3}
            value={copiedNow.line}
            data-result-line=""
            ref={lineField}
            onFocus={(event) => event.target.select()}
          />
        </p>
      )}
    </section>
  );
}
