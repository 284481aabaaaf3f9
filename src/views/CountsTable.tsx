import { formatNumber, type MessageKey } from '../i18n';
import { selectConvAnalysis, selectDenseAnalysis, selectLanguage, useLab, useTranslate } from '../state';

const ROWS: { key: 'weights' | 'connections' | 'multiplyAdds'; label: MessageKey }[] = [
  { key: 'weights', label: 'counts.weights' },
  { key: 'connections', label: 'counts.connections' },
  { key: 'multiplyAdds', label: 'counts.multiplyAdds' },
];

/** Weights, connections and multiply-adds of the convolution beside its dense counterpart, from the engine. */
export function CountsTable() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const conv = useLab(selectConvAnalysis);
  const dense = useLab(selectDenseAnalysis);
  if (!conv || !dense) return null;
  const convCounts = conv.counts.layers[1].asBuilt;
  const denseCounts = dense.counts.layers[1].asBuilt;
  return (
    <table className="counts" data-counts="">
      <caption>{t('counts.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('counts.quantity')}</th>
          <th scope="col">{t('counts.conv')}</th>
          <th scope="col">{t('counts.dense')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key} data-count={row.key}>
            <th scope="row">{t(row.label)}</th>
            <td data-panel="conv">{formatNumber(language, convCounts[row.key])}</td>
            <td data-panel="dense">{formatNumber(language, denseCounts[row.key])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>{t('counts.note', { inputs: conv.sizes[0][0], outputs: conv.sizes[1][0] })}</td>
        </tr>
      </tfoot>
    </table>
  );
}
