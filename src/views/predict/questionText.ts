import { unitPosition } from '../../engine';
import { type Translate, unitName } from '../../i18n';
import {
  drawnAsGraph,
  type FigureParams,
  networkSizes,
  type Question,
  type SceneDefinition,
} from '../../scenes';

/** How a question is answered: by marking units or connections, a box on the input, typed numbers, or a choice. */
export type AnswerForm = 'units' | 'connections' | 'box' | 'size' | 'choice';

/** Extent of each layer the figure draws in its first panel, or null when its settings are impossible. */
export function questionSizes(scene: SceneDefinition, params: FigureParams): number[][] | null {
  const panel = scene.panels(params)[0];
  return panel ? networkSizes(panel.spec) : null;
}

/** How the figure at `params` takes the answer to `question`. */
export function answerForm(scene: SceneDefinition, question: Question, params: FigureParams): AnswerForm {
  switch (question.kind) {
    case 'field':
    case 'reach': {
      // A network drawn as grids over a photo is answered with a box on its input.
      const sizes = questionSizes(scene, params);
      const grids = scene.id === 'playground' && sizes !== null && !drawnAsGraph(sizes);
      return grids ? 'box' : 'units';
    }
    case 'weight':
      return 'connections';
    case 'size':
      return 'size';
    case 'kernel':
    case 'commute':
      return 'choice';
  }
}

/** The name of a question's unit: x₃ in a unit graph, a grid cell's row and column otherwise. */
export function targetName(
  t: Translate,
  scene: SceneDefinition,
  question: Question,
  params: FigureParams,
): string {
  const panel = scene.panels(params)[0];
  const sizes = questionSizes(scene, params);
  const { layer, index } = question.target;
  const size = sizes?.[layer];
  if (size && scene.id === 'playground' && !drawnAsGraph(sizes)) {
    if (size.length !== 2) return t('predict.position', { col: index });
    const [row, col] = unitPosition(size, index);
    return t('predict.cell', { row, col });
  }
  return unitName(panel?.letters[layer] ?? 'z', index);
}

/** A question in words: what is asked, and how to answer it (for the step the attempt is at). */
export function questionText(
  t: Translate,
  scene: SceneDefinition,
  question: Question,
  params: FigureParams,
  checked: number,
): { question: string; how: string } {
  const unit = targetName(t, scene, question, params);
  const layer = question.target.layer;
  switch (question.kind) {
    case 'field':
    case 'reach': {
      if (answerForm(scene, question, params) === 'box')
        return { question: t('predict.q.box', { unit, layer }), how: t('predict.how.box') };
      // Side by side drawings (a convolution and a dense layer) are each answered: the task names them.
      const panels = scene.panels(params);
      return {
        question: t(`predict.q.${question.kind}`, { unit }),
        how:
          panels.length > 1
            ? t(`predict.how.${question.kind}Panels`, {
                panels: panels
                  .map((panel) => `“${t(panel.title.key, panel.title.values)}”`)
                  .join(t('live.listSeparator')),
              })
            : t(`predict.how.${question.kind}`),
      };
    }
    case 'size':
      return {
        question: t('predict.q.size', { unit, layer }),
        how: t(checked === 0 ? 'predict.how.size' : 'predict.how.sizeStep'),
      };
    case 'weight':
      return {
        question: t('predict.q.weight', { weight: unitName('w', question.target.index) }),
        how: t('predict.how.weight'),
      };
    case 'kernel':
      return { question: t('predict.q.kernel'), how: t('predict.how.kernel') };
    case 'commute': {
      const words = scene.questions?.commuteText?.(params);
      return {
        question: t('predict.q.commute', {
          transform: words ? t(words.transform.key, words.transform.values) : '',
          kernel: words ? t(words.kernel.key, words.kernel.values) : '',
        }),
        how: t('predict.how.commute'),
      };
    }
  }
}
