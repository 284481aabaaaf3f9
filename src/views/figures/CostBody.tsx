import type { ReactNode } from 'react';
import { edgeCounts } from '../../engine';
import { formatNumber, type MessageKey } from '../../i18n';
import { panelKey, selectLanguage, selectSetParams, useLab, useTranslate } from '../../state';
import { FormulaInParts, type FormulaParts } from '../MathFormula';
import { ScrollRegion } from '../ScrollRegion';
import { useFirstResults } from '../useFirstResults';

const PRESETS: { label: MessageKey; inputLength: number; kernel: number; rows: number }[] = [
  { label: 'cost.preset.small', inputLength: 1000, kernel: 3, rows: 1 },
  // Fig. 9.6: the 320 × 280 photo (280 rows of 320 pixels) and the book's [−1, 1].
  { label: 'cost.preset.image', inputLength: 320, kernel: 2, rows: 280 },
];

/** The cost in numbers: m × n against k × n against k, typeset, with the engine's counts filled in. */
export function CostBody(): ReactNode {
  useFirstResults('cost', (state) => panelKey('cost', 'layer') in state.analyses);
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const setParams = useLab(selectSetParams);
  const analysis = useLab((state) => state.analyses[panelKey('cost', 'layer')]);
  if (!analysis) return <p className="figure__loading">{t('figure.loading')}</p>;
  // Inputs and outputs of the layer, over every row.
  const units = (size: readonly number[]) => size.reduce((total, extent) => total * extent, 1);
  const m = units(analysis.sizes[0]);
  const n = units(analysis.sizes[1]);
  const counts = analysis.counts.layers[1];
  const k = counts.asBuilt.weights;
  // The book counts fig. 9.6 in flops: a multiply and an add per weight, one add fewer per output.
  const [rowCount, width] = analysis.sizes[0].length === 2 ? analysis.sizes[0] : [1, analysis.sizes[0][0]];
  const flops = edgeCounts([rowCount, width], [1, k]);
  // Formulas write numbers the one way mathematics does, whatever the page's language.
  const number = (value: number) => formatNumber('en', value);
  // Each cell is a formula in parts (symbols, then numbers), so a phone's narrow column breaks
  // between them rather than hiding the numbers past its edge.
  const rows: {
    id: string;
    label: string;
    parameters: FormulaParts;
    parametersValue: number;
    work: FormulaParts;
    workValue: number;
  }[] = [
    {
      id: 'dense',
      label: t('cost.row.dense'),
      parameters: [
        ['cost.dense.parameters', []],
        ['equals.product', [number(m), number(n)]],
        ['equals.number', [number(counts.dense.weights)]],
      ],
      parametersValue: counts.dense.weights,
      work: [
        ['cost.dense.work', []],
        ['number', [number(counts.dense.multiplyAdds)]],
      ],
      workValue: counts.dense.multiplyAdds,
    },
    {
      id: 'local',
      label: t('cost.row.local'),
      parameters: [
        ['cost.local.parameters', []],
        ['equals.product', [number(k), number(n)]],
        ['equals.number', [number(counts.locallyConnected.weights)]],
      ],
      parametersValue: counts.locallyConnected.weights,
      work: [
        ['cost.sparse.work', []],
        ['number', [number(counts.locallyConnected.multiplyAdds)]],
      ],
      workValue: counts.locallyConnected.multiplyAdds,
    },
    {
      id: 'conv',
      label: t('cost.row.conv'),
      parameters: [['cost.conv.parameters', [number(k)]]],
      parametersValue: k,
      work: [
        ['cost.sparse.work', []],
        ['number', [number(counts.asBuilt.multiplyAdds)]],
      ],
      workValue: counts.asBuilt.multiplyAdds,
    },
  ];
  const ratio = (value: number) => formatNumber(language, Math.round(value));
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of preset buttons. */}
      <div className="presets" data-export-skip="" role="group" aria-label={t('cost.presets')}>
        <span aria-hidden="true">{t('cost.presetsLabel')}</span>
        {PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            onClick={() =>
              setParams('cost', { inputLength: preset.inputLength, kernel: preset.kernel, rows: preset.rows })
            }
          >
            {t(preset.label)}
          </button>
        ))}
      </div>
      <ScrollRegion label={t('label.part', { whole: t('cost.heading'), part: t('cost.col.parameters') })}>
        <table className="counts cost-table" data-cost="">
          <caption data-export-text="">
            {t('cost.table', {
              inputs: formatNumber(language, m),
              outputs: formatNumber(language, n),
              kernel: k,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" data-export-text="">
                {t('cost.col.layer')}
              </th>
              <th scope="col" data-export-text="">
                {t('cost.col.parameters')}
              </th>
              <th scope="col" data-export-text="">
                {t('cost.col.work')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-row={row.id}
                data-parameters={row.parametersValue}
                data-work={row.workValue}
              >
                <th scope="row" data-export-text="">
                  {row.label}
                </th>
                <td data-export-text="">
                  <FormulaInParts parts={row.parameters} />
                </td>
                <td data-export-text="">
                  <FormulaInParts parts={row.work} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="measure" data-measure="" data-export-text="">
        {t('cost.ratio', {
          params: ratio(counts.dense.weights / k),
          work: ratio(counts.dense.multiplyAdds / counts.asBuilt.multiplyAdds),
        })}
      </p>
      {/* Where the book's ratio (≈ 60,000 for fig. 9.6) differs from the table's, and why. */}
      <p className="measure" data-flops="" data-export-text="">
        {t('cost.flops', {
          dense: formatNumber(language, flops.denseFlops),
          conv: formatNumber(language, flops.convFlops),
          ratio: ratio(flops.flopsRatio),
        })}
      </p>
    </>
  );
}
