import { type ReactNode, useCallback, useMemo } from 'react';
import { findConnection } from '../../engine';
import { unitName } from '../../i18n';
import {
  panelKey,
  selectAwaitingCheck,
  selectFigureParams,
  selectSetParam,
  useLab,
  useTranslate,
} from '../../state';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { LayerCountsTable } from '../LayerCountsTable';
import { WeightSwatch } from '../WeightKey';

const PANELS = ['conv', 'dense'] as const;

/** Fig. 9.5: pick a kernel weight; every connection that uses it lights up, in both layers. */
export function SharingBody(): ReactNode {
  const t = useTranslate();
  const setParam = useLab(selectSetParam);
  const chosenWeight = useLab((state) => selectFigureParams('sharing')(state).weight);
  // A weight question is about its own weight; until it is checked, no weight's uses are drawn.
  const question = useLab((state) => state.figures.sharing.question);
  const awaitingCheck = useLab(selectAwaitingCheck('sharing'));
  const weight = question?.kind === 'weight' ? question.target.index : chosenWeight;
  const kernel = useLab((state) => selectFigureParams('sharing')(state).kernel);
  const conv = useLab((state) => state.analyses[panelKey('sharing', 'conv')]);
  const dense = useLab((state) => state.analyses[panelKey('sharing', 'dense')]);
  // The engine numbers each edge's tap as the layer uses it, flipped already for a true convolution.
  const convEdges = conv?.connections[0];
  const denseEdges = dense?.connections[0];
  // The dense weight that matches: the one on the same connection as the chosen weight at the middle output.
  const match = useMemo(() => {
    if (!convEdges || !conv) return null;
    const middle = Math.floor(conv.sizes[1][0] / 2);
    const edge = findConnection(convEdges, middle, weight);
    return edge < 0 ? null : { output: middle, input: convEdges.inputs[edge] };
  }, [conv, convEdges, weight]);
  const convUses = convEdges ? convEdges.taps.filter((tap) => tap === weight).length : 0;
  const emphasiseConv = useCallback(
    (_: number, edge: number) => convEdges?.taps[edge] === weight,
    [convEdges, weight],
  );
  const emphasiseDense = useCallback(
    (_: number, edge: number) =>
      match !== null && denseEdges?.outputs[edge] === match.output && denseEdges.inputs[edge] === match.input,
    [denseEdges, match],
  );
  const outputs = conv?.sizes[1][0] ?? 0;
  const border =
    match !== null && !awaitingCheck && convUses < outputs
      ? t('sharing.liveBorder', { outputs, count: outputs - convUses })
      : null;
  const live =
    match !== null && !awaitingCheck
      ? t('sharing.live', {
          name: unitName('w', weight),
          count: convUses,
          edge: `${unitName('x', match.input)} → ${unitName('s', match.output)}`,
        })
      : null;
  return (
    <>
      {/* The buttons are also the key to the edges' colours and dashes: exports keep their swatches and names. */}
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons. */}
      <div className="weight-picker" role="group" aria-label={t('sharing.weights')}>
        <span aria-hidden="true" data-export-text="">
          {t('sharing.weightsLabel')}
        </span>
        {Array.from({ length: kernel }, (_, tap) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: one button per kernel tap.
            key={tap}
            type="button"
            aria-pressed={tap === weight}
            data-weight={tap}
            aria-label={t('sharing.weightButton', { name: unitName('w', tap) })}
            // While a weight question is open its weight stays the one asked about.
            disabled={question?.kind === 'weight'}
            onClick={() => setParam('sharing', 'weight', tap)}
          >
            <WeightSwatch tap={tap} />
            <span data-export-text="">{unitName('w', tap)}</span>
          </button>
        ))}
      </div>
      <div className="panels">
        <FigurePanel figure="sharing" panel="conv" emphasise={awaitingCheck ? undefined : emphasiseConv} />
        <FigurePanel figure="sharing" panel="dense" emphasise={awaitingCheck ? undefined : emphasiseDense} />
      </div>
      <FieldLegend figure="sharing" />
      <p className="legend-note" data-export-text="">
        {t('sharing.highlights')}
      </p>
      <FieldAnnouncer
        figure="sharing"
        panels={PANELS}
        extra={live ? [live, ...(border ? [border] : [])] : []}
      />
      <LayerCountsTable
        figure="sharing"
        columns={[
          { label: 'counts.conv', panel: 'conv' },
          { label: 'counts.local', panel: 'conv', variant: 'locallyConnected' },
          { label: 'counts.dense', panel: 'dense' },
        ]}
        note={t('sharing.countsNote', {
          inputs: conv?.sizes[0][0] ?? 0,
          outputs: conv?.sizes[1][0] ?? 0,
          kernel,
        })}
      />
    </>
  );
}
