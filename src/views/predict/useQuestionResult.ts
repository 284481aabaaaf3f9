import { useShallow } from 'zustand/react/shallow';
import { imageTransformCommutes, signalTransformCommutes } from '../../engine';
import type { Translate } from '../../i18n';
import { type CommuteCase, type Question, questionKernel, type SceneDefinition } from '../../scenes';
import { boxOverlap, type LabState, panelKey, readAxisAnswer, useLab, useTranslate } from '../../state';
import { currentField } from '../panelField';
import { markedBox } from './markedBox';
import { panelJudgement } from './panelJudgement';
import { answerForm } from './questionText';

/** What the checked steps of an attempt come to. */
export interface QuestionOutcome {
  /** A sentence per verdict, the one-line result first; empty before the first check. */
  lines: string[];
  /** Checked, but the exact answer is still on its way from the worker. */
  pending: boolean;
  /** Every step of the question is checked: nothing is left to answer. */
  finished: boolean;
}

/** Steps a question of each kind takes: a size asks r, then S and P. */
export function questionSteps(question: Question): number {
  return question.kind === 'size' ? 2 : 1;
}

/** An extent per axis as the answer is written: one number when every axis agrees, else `h × w`. */
function extentText(values: readonly number[]): string {
  return values.every((value) => value === values[0]) ? String(values[0]) : values.join(' × ');
}

/** One end of the inputs unit u sees, `u·S + offset`, written as a reader would: u·2 − 3, u·4 + 6, u. */
function spanEnd(stride: number, offset: number): string {
  const start = stride === 1 ? 'u' : `u·${stride}`;
  return offset === 0 ? start : `${start} ${offset < 0 ? '−' : '+'} ${Math.abs(offset)}`;
}

/** Whether a commute question's kernel and transform commute, for every input, away from the borders. */
function caseCommutes(compared: CommuteCase): boolean {
  return compared.domain === 'image'
    ? imageTransformCommutes(compared.kernel, compared.size, compared.transform)
    : signalTransformCommutes(compared.kernel, compared.transform);
}

/** A percentage, rounded to a whole number. */
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The verdict on one typed number (per axis) against the truth. */
function typedVerdict(
  t: Translate,
  name: string,
  typed: string | undefined,
  truth: readonly number[],
): string {
  const truthText = extentText(truth);
  if (!typed?.trim()) return t('predict.result.blank', { name, truth: truthText });
  const answer = readAxisAnswer(typed, truth.length);
  if (answer?.every((value, axis) => value === truth[axis]))
    return t('predict.result.right', { name, value: typed.trim() });
  return t('predict.result.wrong', { name, value: typed.trim(), truth: truthText });
}

/**
 * The verdicts on a figure's question so far, in words, from the exact answers the store holds:
 * the traced field of the question's unit, the layer's geometry, the connections' taps, the
 * hidden kernel, or whether the transform commutes.
 */
export function useQuestionResult(scene: SceneDefinition, question: Question): QuestionOutcome {
  const t = useTranslate();
  const { params, attempt } = useLab(
    useShallow((state: LabState) => ({
      params: state.figures[scene.id].params,
      attempt: state.figures[scene.id].attempt,
    })),
  );
  const panels = scene.panels(params);
  const analyses = useLab(
    useShallow((state: LabState) => panels.map((panel) => state.analyses[panelKey(scene.id, panel.id)])),
  );
  const fields = useLab(
    useShallow((state: LabState) => panels.map((panel) => state.fields[panelKey(scene.id, panel.id)])),
  );
  const finished = attempt.checked >= questionSteps(question);
  if (attempt.checked === 0) return { lines: [], pending: false, finished };
  const form = answerForm(scene, question, params);
  const lines: string[] = [];
  switch (form) {
    case 'units':
    case 'connections': {
      let [right, missed, extra] = [0, 0, 0];
      for (const [position, analysis] of analyses.entries()) {
        const judged = panelJudgement(question, attempt, analysis, fields[position]);
        if (!analysis) return { lines, pending: true, finished };
        if (!judged.answer) {
          // A panel with a part in the answer whose field is still on its way.
          const answering = form === 'units' || analysis.panel.edgeStyle === 'weights';
          if (answering) return { lines, pending: true, finished };
          continue;
        }
        right += judged.judgement?.right.length ?? 0;
        missed += judged.judgement?.missed.length ?? 0;
        extra += judged.judgement?.extra.length ?? 0;
      }
      const total = right + missed;
      // Chinese counts connections with their own measure word (条, not 个).
      const connections = form === 'connections';
      lines.push(
        missed === 0 && extra === 0
          ? t(connections ? 'predict.result.perfectConnections' : 'predict.result.perfect', { total })
          : t(connections ? 'predict.result.marksConnections' : 'predict.result.marks', {
              count: right,
              total,
              extra,
            }),
      );
      break;
    }
    case 'box': {
      const field = currentField(analyses[0], fields[0], question.target);
      if (!analyses[0] || !field) return { lines, pending: true, finished };
      const overlap = boxOverlap(
        field.masks[0],
        analyses[0].sizes[0],
        markedBox(attempt, analyses[0].sizes[0].length) ?? { top: 0, left: 0, bottom: -1, right: -1 },
      );
      lines.push(
        t('predict.result.box', {
          found: percent(overlap.found),
          extra: percent(overlap.extra),
          overlap: percent(overlap.overlap),
        }),
      );
      break;
    }
    case 'size': {
      const geometry = analyses[0]?.geometry[question.target.layer];
      if (!geometry) return { lines, pending: true, finished };
      lines.push(typedVerdict(t, 'r', attempt.entries.r, geometry.receptiveField));
      if (attempt.checked > 1) {
        lines.push(typedVerdict(t, 'S', attempt.entries.S, geometry.effectiveStride));
        lines.push(typedVerdict(t, 'P', attempt.entries.P, geometry.effectivePadding));
        const axes = [geometry.effectiveStride, geometry.effectivePadding, geometry.receptiveField];
        // The span in one formula, when every axis has the same one.
        if (axes.every((values) => values.every((value) => value === values[0]))) {
          const [S, P, r] = axes.map((values) => values[0]);
          lines.push(t('predict.sizeSeen', { start: spanEnd(S, -P), end: spanEnd(S, r - 1 - P) }));
        }
      }
      break;
    }
    case 'choice': {
      if (question.kind === 'kernel') {
        const kernel = t(`edges.kernel.${questionKernel(question.target.index)}`);
        const chosen = attempt.entries.kernel;
        lines.push(
          !chosen
            ? t('predict.result.kernelBlank', { kernel })
            : chosen === questionKernel(question.target.index)
              ? t('predict.result.kernelRight', { kernel })
              : t('predict.result.kernelWrong', { kernel, chosen: t(`edges.kernel.${chosen as 'book'}`) }),
        );
      } else {
        const compared = scene.questions?.commuteCase?.(params);
        const commutes = compared ? caseCommutes(compared) : false;
        const verdict = t(commutes ? 'predict.verdict.commutes' : 'predict.verdict.differs');
        const chosen = attempt.entries.commute;
        lines.push(
          !chosen
            ? t('predict.result.commuteBlank', { verdict })
            : (chosen === 'yes') === commutes
              ? t('predict.result.commuteRight', { verdict })
              : t('predict.result.commuteWrong', { verdict }),
        );
      }
      break;
    }
  }
  return { lines, pending: false, finished };
}
