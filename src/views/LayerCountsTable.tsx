import { useShallow } from 'zustand/react/shallow';
import type { CostCounts, LayerCounts } from '../engine';
import { formatNumber, type MessageKey } from '../i18n';
import { type LabState, panelKey, selectLanguage, useLab, useTranslate } from '../state';
import { useScenes } from './FiguresContext';
import { ScrollRegion } from './ScrollRegion';

/** One column of the table: a panel's layer, or an equivalent of the first panel's layer. */
export interface CountsColumn {
  label: MessageKey;
  panel: string;
  /** Which way of building the layer to count: as drawn, or its dense or locally connected equivalent. */
  variant?: keyof LayerCounts;
}

const ROWS: { key: keyof CostCounts; label: MessageKey }[] = [
  { key: 'weights', label: 'counts.weights' },
  { key: 'connections', label: 'counts.connections' },
  { key: 'multiplyAdds', label: 'counts.multiplyAdds' },
];

/** Weights, connections and multiply-adds of one-layer networks side by side, as the engine counts them. */
export function LayerCountsTable(props: { figure: string; columns: CountsColumn[]; note: string }) {
  const t = useTranslate();
  const scenes = useScenes();
  const language = useLab(selectLanguage);
  const analyses = useLab(
    useShallow((state: LabState) =>
      props.columns.map((column) => state.analyses[panelKey(props.figure, column.panel)]),
    ),
  );
  if (analyses.some((analysis) => !analysis)) return null;
  const counts = props.columns.map(
    (column, position) => analyses[position]?.counts.layers[1][column.variant ?? 'asBuilt'] as CostCounts,
  );
  // Counts that look as if they disagree are explained where they stand: taps on padding zeros are
  // multiplied but join no unit; a locally connected layer keeps a weight for every one of them.
  const number = (value: number) => formatNumber(language, value);
  // Padding taps are said once, for the first layer that has them; the others have the same reason.
  const firstPadded = counts.findIndex((count) => count.multiplyAdds > count.connections);
  const explanations = props.columns.flatMap((column, position) => {
    const { weights, connections, multiplyAdds } = counts[position];
    const name = t(column.label);
    const sentences: string[] = [];
    if (position === firstPadded)
      sentences.push(
        t('counts.why.padding', {
          column: name,
          multiplyAdds: number(multiplyAdds),
          connections: number(connections),
          count: multiplyAdds - connections,
        }),
      );
    if (column.variant === 'locallyConnected' && weights > connections)
      sentences.push(
        t('counts.why.local', {
          column: name,
          weights: number(weights),
          connections: number(connections),
          count: weights - connections,
        }),
      );
    return sentences;
  });
  return (
    // A table of counts is not part of a slide's drawing.
    <div className="slide-skip">
      <ScrollRegion
        label={t('label.part', {
          whole: t(scenes.find((scene) => scene.id === props.figure)?.heading ?? 'counts.heading'),
          part: t('counts.heading'),
        })}
      >
        <table className="counts" data-counts="">
          <caption>{t('counts.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('counts.quantity')}</th>
              {props.columns.map((column) => (
                <th key={`${column.panel}:${column.variant ?? 'asBuilt'}`} scope="col">
                  {t(column.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.key} data-count={row.key}>
                <th scope="row">{t(row.label)}</th>
                {props.columns.map((column, position) => (
                  <td
                    key={`${column.panel}:${column.variant ?? 'asBuilt'}`}
                    data-column={column.label.split('.')[1]}
                  >
                    {formatNumber(language, counts[position][row.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={props.columns.length + 1}>
                {props.note}
                {explanations.map((sentence) => (
                  <span key={sentence} className="counts__why" data-counts-why="">
                    {language === 'zh' ? '' : ' '}
                    {sentence}
                  </span>
                ))}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </div>
  );
}
