import type { ReactNode } from 'react';
import { panelKey, useLab, useTranslate } from '../../state';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { Hint } from '../Hint';
import { LayerCountsTable } from '../LayerCountsTable';

const PANELS = ['conv', 'dense'] as const;

/** Figs. 9.2–9.3: the convolution and the dense layer side by side, one selection, their costs. */
export function SparseBody(): ReactNode {
  const t = useTranslate();
  const sizes = useLab((state) => state.analyses[panelKey('sparse', 'conv')]?.sizes);
  return (
    <>
      <Hint mouse="figure.hint" touch="figure.hint.touch" />
      <div className="panels">
        {PANELS.map((panel) => (
          <FigurePanel key={panel} figure="sparse" panel={panel} />
        ))}
      </div>
      <FieldLegend figure="sparse" />
      <FieldAnnouncer figure="sparse" panels={PANELS} />
      <p className="note">{t('sparse.note')}</p>
      <LayerCountsTable
        figure="sparse"
        columns={[
          { label: 'counts.conv', panel: 'conv' },
          { label: 'counts.dense', panel: 'dense' },
        ]}
        note={t('counts.note', { inputs: sizes?.[0][0] ?? 0, outputs: sizes?.[1][0] ?? 0 })}
      />
    </>
  );
}
