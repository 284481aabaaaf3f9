import { formatNumber, type MessageKey } from '../../i18n';
import { panelKey, selectLanguage, selectSetParam, useLab, useTranslate } from '../../state';
import { FormulaInParts, type FormulaParts } from '../MathFormula';
import { ScrollRegion } from '../ScrollRegion';
import { useFirstResults } from '../useFirstResults';

const PRESETS: { label: MessageKey; inputLength: number; kernel: number }[] = [
  { label: 'cost.preset.small', inputLength: 1000, kernel: 3 },
  { label: 'cost.preset.image', inputLength: 89_600, kernel: 2 },
];

/** The cost in numbers: m × n against k × n against k, typeset, with the engine's counts filled in. */
export function CostBody() {
  useFirstResults('cost', (state) => panelKey('cost', 'layer') in state.analyses);
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const setParam = useLab(selectSetParam);
  const analysis = useLab((state) => state.analyses[panelKey('cost', 'layer')]);
  if (!analysis) return <p className="figure__loading">{t('figure.loading')}</p>;
  const m = analysis.sizes[0][0];
  const n = analysis.sizes[1][0];
  const counts = analysis.counts.layers[1];
  const k = counts.asBuilt.weights;
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
            onClick={() => {
              setParam('cost', 'inputLength', preset.inputLength);
              setParam('cost', 'kernel', preset.kernel);
            }}
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
    </>
  );
}
