import type { ReactNode } from 'react';
import { formatNumber } from '../../i18n';
import {
  panelKey,
  selectAwaitingCheck,
  selectFigureParams,
  selectLanguage,
  useLab,
  useTranslate,
} from '../../state';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { Hint } from '../Hint';
import { MatrixGrid } from '../MatrixGrid';
import { WeightKey } from '../WeightKey';

const PANELS = ['conv', 'dense'] as const;

/** Inputs of any size: the graphs, both weight matrices, and how many weights each needs at this length. */
export function VariableBody(): ReactNode {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const params = useLab(selectFigureParams('variable'));
  const conv = useLab((state) => state.analyses[panelKey('variable', 'conv')]);
  const dense = useLab((state) => state.analyses[panelKey('variable', 'dense')]);
  // A matrix's rows are every output's field: the answer to a field question.
  const awaitingCheck = useLab(selectAwaitingCheck('variable'));
  const convWeights = conv?.counts.layers[1].asBuilt.weights ?? 0;
  const denseWeights = dense?.counts.layers[1].asBuilt.weights ?? 0;
  return (
    <>
      <Hint mouse="figure.hint" touch="figure.hint.touch" />
      <div className="panels">
        <FigurePanel figure="variable" panel="conv" />
        <FigurePanel figure="variable" panel="dense" />
      </div>
      <WeightKey count={Number(params.kernel)} label={t('key.weights')} />
      <FieldLegend figure="variable" />
      <FieldAnnouncer figure="variable" panels={PANELS} />
      <p className="measure" data-measure="" data-conv={convWeights} data-dense={denseWeights}>
        {t('variable.numbers', {
          conv: formatNumber(language, convWeights),
          dense: formatNumber(language, denseWeights),
        })}
      </p>
      {conv?.connections[0] && dense?.connections[0] && !awaitingCheck && (
        <div className="charts charts--matrices">
          <MatrixGrid
            title={t('variable.convMatrix', {
              rows: conv.sizes[1][0],
              cols: conv.sizes[0][0],
              distinct: convWeights,
            })}
            rows={conv.sizes[1][0]}
            cols={conv.sizes[0][0]}
            connections={conv.connections[0]}
            byTap
          />
          <MatrixGrid
            title={t('variable.denseMatrix', {
              rows: dense.sizes[1][0],
              cols: dense.sizes[0][0],
              distinct: denseWeights,
            })}
            rows={dense.sizes[1][0]}
            cols={dense.sizes[0][0]}
            connections={dense.connections[0]}
          />
        </div>
      )}
    </>
  );
}
