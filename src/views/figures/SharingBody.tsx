import { useCallback, useMemo } from 'react';
import { unitName } from '../../i18n';
import { panelKey, selectSetParam, useLab, useTranslate } from '../../state';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { LayerCountsTable } from '../LayerCountsTable';
import { weightStyle } from '../weightStyle';

const PANELS = ['conv', 'dense'] as const;

/** A swatch that shows a weight's colour and line pattern, the same as its edges. */
function WeightSwatch(props: { tap: number }) {
  const style = weightStyle(props.tap);
  return (
    <svg className="weight-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={style.colour}
        strokeWidth="3"
        strokeDasharray={style.dash || undefined}
      />
    </svg>
  );
}

/** Fig. 9.5: pick a kernel weight; every connection that uses it lights up, in both layers. */
export function SharingBody() {
  const t = useTranslate();
  const setParam = useLab(selectSetParam);
  const weight = useLab((state) => Number(state.figures.sharing.params.weight));
  const conv = useLab((state) => state.analyses[panelKey('sharing', 'conv')]);
  const dense = useLab((state) => state.analyses[panelKey('sharing', 'dense')]);
  const firstLayer = conv?.panel.spec.layers[0];
  const kernel = firstLayer && 'kernel' in firstLayer ? Number(firstLayer.kernel) : 0;
  const convEdges = conv?.connections[0];
  const denseEdges = dense?.connections[0];
  // The engine numbers a convolution's weights by tap (cross-correlation); flipped, tap j uses weight k − 1 − j.
  const flip = conv?.panel.flipKernel === true;
  const tapOfWeight = flip ? kernel - 1 - weight : weight;
  // The dense weight that matches: the one on the same connection as the chosen weight at the middle output.
  const match = useMemo(() => {
    if (!convEdges || !conv) return null;
    const middle = Math.floor(conv.sizes[1][0] / 2);
    for (let edge = 0; edge < convEdges.inputs.length; edge += 1) {
      if (convEdges.outputs[edge] === middle && convEdges.weights[edge] === tapOfWeight) {
        return { output: middle, input: convEdges.inputs[edge] };
      }
    }
    return null;
  }, [conv, convEdges, tapOfWeight]);
  const convUses = convEdges ? convEdges.weights.filter((id) => id === tapOfWeight).length : 0;
  const emphasiseConv = useCallback(
    (_: number, edge: number) => convEdges?.weights[edge] === tapOfWeight,
    [convEdges, tapOfWeight],
  );
  const emphasiseDense = useCallback(
    (_: number, edge: number) =>
      match !== null && denseEdges?.outputs[edge] === match.output && denseEdges.inputs[edge] === match.input,
    [denseEdges, match],
  );
  const live =
    match !== null
      ? t('sharing.live', {
          name: unitName('w', weight),
          count: convUses,
          edge: `${unitName('x', match.input)} → ${unitName('s', match.output)}`,
        })
      : null;
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of toggle buttons. */}
      <div className="weight-picker" data-export-skip="" role="group" aria-label={t('sharing.weights')}>
        <span aria-hidden="true">{t('sharing.weightsLabel')}</span>
        {Array.from({ length: kernel }, (_, tap) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: one button per kernel tap.
            key={tap}
            type="button"
            aria-pressed={tap === weight}
            data-weight={tap}
            aria-label={t('sharing.weightButton', { name: unitName('w', tap) })}
            onClick={() => setParam('sharing', 'weight', tap)}
          >
            <WeightSwatch tap={tap} />
            <span>{unitName('w', tap)}</span>
          </button>
        ))}
      </div>
      <div className="panels">
        <FigurePanel figure="sharing" panel="conv" emphasise={emphasiseConv} />
        <FigurePanel figure="sharing" panel="dense" emphasise={emphasiseDense} />
      </div>
      <FieldLegend />
      <FieldAnnouncer figure="sharing" panels={PANELS} extra={live ? [live] : []} />
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
