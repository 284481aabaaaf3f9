import type { ReactNode } from 'react';
import { formatNumber } from '../../i18n';
import { focusOf, panelKey, selectAwaitingCheck, selectLanguage, useLab, useTranslate } from '../../state';
import { BarChart } from '../BarChart';
import { FieldAnnouncer } from '../FieldAnnouncer';
import { FieldLegend } from '../FieldLegend';
import { FigurePanel } from '../FigurePanel';
import { Hint } from '../Hint';

const PANELS = ['stack'] as const;

/** Fig. 9.4: a stack of layers whose fields grow, with the field size of every layer as bars. */
export function DeepBody(): ReactNode {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const analysis = useLab((state) => state.analyses[panelKey('deep', 'stack')]);
  const focus = useLab((state) => focusOf(state.figures.deep));
  // Each layer's r answers a size question, and tells how many units a field question wants.
  const awaitingCheck = useLab(selectAwaitingCheck('deep'));
  const bars =
    analysis?.geometry.map((layer, index) => ({
      label: analysis.panel.letters[index] ?? '',
      value: layer.receptiveField[0],
    })) ?? [];
  return (
    <>
      <Hint mouse="figure.hint" touch="figure.hint.touch" />
      <div className="panels panels--wide">
        <FigurePanel figure="deep" panel="stack" className="panel--stack" />
        {/* Until a question is checked the bars (each layer's r) keep their place, but not their values. */}
        <BarChart
          title={t('deep.chart.title')}
          summary={t('deep.chart.summary', {
            sizes: bars
              .map((bar) =>
                t('deep.chart.bar', { layer: bar.label, size: formatNumber(language, bar.value) }),
              )
              .join(t('live.listSeparator')),
          })}
          bars={bars}
          highlight={focus?.layer}
          concealed={awaitingCheck ? t('deep.chart.concealed') : undefined}
        />
      </div>
      <FieldLegend figure="deep" />
      <FieldAnnouncer figure="deep" panels={PANELS} />
      {/* Kept in embeds too: it is why the bars (r) and the sentence (inputs within the borders) differ. */}
      <p className="note note--essential">{t('deep.note')}</p>
    </>
  );
}
