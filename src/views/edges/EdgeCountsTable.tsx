import { memo } from 'react';
import { type EdgeCounts, edgeCounts } from '../../engine';
import { formatNumber } from '../../i18n';
import { selectLanguage, useLab, useTranslate } from '../../state';
import type { FormulaId } from '../formulas';
import { FormulaInParts } from '../MathFormula';

type CountId = 'outputs' | 'conv-flops' | 'sparse-nonzeros' | 'dense-entries' | 'dense-flops' | 'flops-ratio';

/**
 * Each count: its value, its formula in symbols, and the same with this image's numbers (as
 * formulas, and in words for exports).
 */
function rows(counts: EdgeCounts, format: (value: number) => string) {
  const [outRows, outCols] = counts.outputSize;
  const perOutput = 2 * counts.taps - 1;
  const list: {
    id: CountId;
    value: number;
    numbers: [FormulaId, (string | number)[]];
    words: string;
  }[] = [
    {
      id: 'outputs',
      value: counts.outputs,
      numbers: ['equals.product', [outRows, outCols]],
      words: `n = (H − k_h + 1)(W − k_w + 1) = ${outRows} × ${outCols}`,
    },
    {
      id: 'conv-flops',
      value: counts.convFlops,
      numbers: ['equals.product', [format(counts.outputs), perOutput]],
      words: `n (2 k_h k_w − 1) = ${format(counts.outputs)} × ${perOutput}`,
    },
    {
      id: 'sparse-nonzeros',
      value: counts.sparseNonzeros,
      numbers: ['equals.product', [format(counts.outputs), counts.taps]],
      words: `n k_h k_w = ${format(counts.outputs)} × ${counts.taps}`,
    },
    {
      id: 'dense-entries',
      value: counts.denseEntries,
      numbers: ['equals.product', [format(counts.inputs), format(counts.outputs)]],
      words: `H W · n = ${format(counts.inputs)} × ${format(counts.outputs)}`,
    },
    {
      id: 'dense-flops',
      value: counts.denseFlops,
      numbers: ['equals.product', [2, format(counts.denseEntries)]],
      words: `2 H W n = 2 × ${format(counts.denseEntries)}`,
    },
    {
      id: 'flops-ratio',
      value: Math.round(counts.flopsRatio),
      numbers: ['equals.fraction', [format(2 * counts.inputs), perOutput]],
      words: `2 H W n / (n (2 k_h k_w − 1)) = ${format(2 * counts.inputs)} / ${perOutput}`,
    },
  ];
  return list;
}

/**
 * The counts of fig. 9.6 for the current image and kernel, computed by the engine, each with the
 * formula that gives it. Hooks: `[data-count="<id>"]` holds the formatted number alone.
 */
export const EdgeCountsTable = memo(
  function EdgeCountsTable(props: { imageSize: readonly number[]; kernelSize: readonly number[] }) {
    const t = useTranslate();
    const language = useLab(selectLanguage);
    const format = (value: number) => formatNumber(language, value);
    const counts = edgeCounts(props.imageSize, props.kernelSize);
    const [height, width] = props.imageSize;
    const [kh, kw] = props.kernelSize;
    return (
      <div className="edge-counts">
        <table className="edge-counts__table">
          <caption data-export-text="">{t('edges.counts.title', { height, width, kh, kw })}</caption>
          <thead>
            <tr>
              <th scope="col" className="edge-counts__cell" data-export-text="">
                {t('edges.count.what')}
              </th>
              <th scope="col" className="edge-counts__cell" data-export-text="">
                {t('edges.count.formula')}
              </th>
              <th scope="col" className="edge-counts__cell edge-counts__value" data-export-text="">
                {t('edges.count.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows(counts, format).map((row) => (
              <tr key={row.id}>
                <th scope="row" className="edge-counts__cell edge-counts__cell--what" data-export-text="">
                  {t(`edges.count.${row.id}`)}
                </th>
                <td
                  className="edge-counts__cell edge-counts__formula"
                  data-export-text=""
                  data-export-value={row.words}
                >
                  {/* In two parts, symbols and numbers, so a narrow column breaks between them. */}
                  <FormulaInParts parts={[[`edges.${row.id}`, []], row.numbers]} />
                </td>
                <td className="edge-counts__cell edge-counts__value" data-export-text="">
                  <span data-count={row.id}>{format(row.value)}</span>
                  {row.id === 'flops-ratio' ? '×' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  },
  // A camera frame brings a new size array of the same size: nothing to draw again.
  (before, after) =>
    before.imageSize.join() === after.imageSize.join() &&
    before.kernelSize.join() === after.kernelSize.join(),
);
