import { formatNumber, type MessageKey } from '../../i18n';
import { panelKey, selectLanguage, selectSetParam, useLab, useTranslate } from '../../state';
import { MathFormula } from '../MathFormula';
import { ScrollRegion } from '../ScrollRegion';

/** TeX for a count with grouped digits: 16006144000 → 16{,}006{,}144{,}000. */
function texNumber(value: number): string {
  return formatNumber('en', value).replaceAll(',', '{,}');
}

const PRESETS: { label: MessageKey; inputLength: number; kernel: number }[] = [
  { label: 'cost.preset.small', inputLength: 1000, kernel: 3 },
  { label: 'cost.preset.image', inputLength: 89_600, kernel: 2 },
];

/** The cost in numbers: m × n against k × n against k, typeset, with the engine's counts filled in. */
export function CostBody() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const setParam = useLab(selectSetParam);
  const analysis = useLab((state) => state.analyses[panelKey('cost', 'layer')]);
  if (!analysis) return <p className="figure__loading">{t('figure.loading')}</p>;
  const m = analysis.sizes[0][0];
  const n = analysis.sizes[1][0];
  const counts = analysis.counts.layers[1];
  const k = counts.asBuilt.weights;
  const rows = [
    {
      id: 'dense',
      label: t('cost.row.dense'),
      parameters: `m \\times n = ${texNumber(m)} \\times ${texNumber(n)} = ${texNumber(counts.dense.weights)}`,
      parametersValue: counts.dense.weights,
      work: `O(m \\times n)\\colon\\ ${texNumber(counts.dense.multiplyAdds)}`,
      workValue: counts.dense.multiplyAdds,
    },
    {
      id: 'local',
      label: t('cost.row.local'),
      parameters: `k \\times n = ${texNumber(k)} \\times ${texNumber(n)} = ${texNumber(counts.locallyConnected.weights)}`,
      parametersValue: counts.locallyConnected.weights,
      work: `O(k \\times n)\\colon\\ ${texNumber(counts.locallyConnected.multiplyAdds)}`,
      workValue: counts.locallyConnected.multiplyAdds,
    },
    {
      id: 'conv',
      label: t('cost.row.conv'),
      parameters: `k = ${texNumber(k)}`,
      parametersValue: k,
      work: `O(k \\times n)\\colon\\ ${texNumber(counts.asBuilt.multiplyAdds)}`,
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
                  <MathFormula
                    tex={row.parameters}
                    label={formatNumber(language, row.parametersValue)}
                    whole
                  />
                </td>
                <td data-export-text="">
                  <MathFormula tex={row.work} label={formatNumber(language, row.workValue)} whole />
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
