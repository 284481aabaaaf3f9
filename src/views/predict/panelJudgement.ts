import type { Question } from '../../scenes';
import type { Attempt, MarkJudgement, PanelAnalysis, PanelField } from '../../state';
import { answerConnections, answerUnits, judgeMarks } from '../../state';
import { currentField } from '../panelField';

/** One panel's part of a checked answer to a question about units or connections. */
export interface PanelJudgement {
  /** The exact answer's keys, or null while it is on its way (or the panel has no part in it). */
  answer: ReadonlySet<string> | null;
  judgement: MarkJudgement | null;
}

const NONE: PanelJudgement = { answer: null, judgement: null };

/**
 * Whether a panel takes part in a question: every panel for a field or a reach; for a weight, the
 * panels whose edges are drawn by the weight they use (the convolution, not the dense layer).
 */
export function panelAnswers(question: Question, analysis: PanelAnalysis): boolean {
  if (question.kind === 'field' || question.kind === 'reach') return true;
  return question.kind === 'weight' && analysis.panel.edgeStyle === 'weights';
}

/**
 * The exact answer on one panel and the verdict on the student's marks there, once the attempt is
 * checked: for a field or a reach, the traced field of the question's unit (when it has arrived
 * for the drawn network); for a weight, the connections whose tap is the question's weight.
 */
export function panelJudgement(
  question: Question | null,
  attempt: Attempt,
  analysis: PanelAnalysis | undefined,
  storedField: PanelField | null | undefined,
): PanelJudgement {
  if (!question || attempt.checked === 0 || !analysis || !panelAnswers(question, analysis)) return NONE;
  const marks = attempt.marks[analysis.panel.id] ?? [];
  if (question.kind === 'weight') {
    const connections = analysis.connections[question.target.layer - 1];
    if (!connections) return NONE;
    const answer = answerConnections(connections, question.target.layer, question.target.index);
    return { answer, judgement: judgeMarks(answer, marks) };
  }
  const field = currentField(analysis, storedField, question.target);
  if (!field) return NONE;
  const answer = answerUnits(question, field.masks);
  return { answer, judgement: judgeMarks(answer, marks) };
}
