import { memo } from 'react';
import { type EdgeCounts, edgeCounts } from '../../engine';
import { formatNumber } from '../../i18n';
import { selectLanguage, useLab, useTranslate } from '../../state';
import { MathFormula } from '../MathFormula';

type CountId = 'outputs' | 'conv-flops' | 'sparse-nonzeros' | 'dense-entries' | 'dense-flops' | 'flops-ratio';

/** Each count: its value, and its formula in symbols and with this image's numbers (TeX and words). */
function rows(
  counts: EdgeCounts,
  size: readonly number[],
  kernel: readonly number[],
  format: (value: number) => string,
) {
  const [height, width] = size;
  const [kh, kw] = kernel;
  const n = (value: number) => format(value).replace(/,/g, '{,}');
  const outRows = height - kh + 1;
  const outCols = width - kw + 1;
  const perOutput = 2 * counts.taps - 1;
  const list: { id: CountId; value: number; tex: string; words: string }[] = [
    {
      id: 'outputs',
      value: counts.outputs,
      tex: `n = (H-k_h+1)(W-k_w+1) = ${outRows} \\times ${outCols}`,
      words: `n = (H − k_h + 1)(W − k_w + 1) = ${outRows} × ${outCols}`,
    },
    {
      id: 'conv-flops',
      value: counts.convFlops,
      tex: `n\\,(2k_hk_w - 1) = ${n(counts.outputs)} \\times ${perOutput}`,
      words: `n (2 k_h k_w − 1) = ${format(counts.outputs)} × ${perOutput}`,
    },
    {
      id: 'sparse-nonzeros',
      value: counts.sparseNonzeros,
      tex: `n\\,k_hk_w = ${n(counts.outputs)} \\times ${counts.taps}`,
      words: `n k_h k_w = ${format(counts.outputs)} × ${counts.taps}`,
    },
    {
      id: 'dense-entries',
      value: counts.denseEntries,
      tex: `HW \\cdot n = ${n(counts.inputs)} \\times ${n(counts.outputs)}`,
      words: `H W · n = ${format(counts.inputs)} × ${format(counts.outputs)}`,
    },
    {
      id: 'dense-flops',
      value: counts.denseFlops,
      tex: `2\\,HW n = 2 \\times ${n(counts.denseEntries)}`,
      words: `2 H W n = 2 × ${format(counts.denseEntries)}`,
    },
    {
      id: 'flops-ratio',
      value: Math.round(counts.flopsRatio),
      tex: `\\frac{2HWn}{n\\,(2k_hk_w-1)} = \\frac{${n(2 * counts.inputs)}}{${perOutput}}`,
      words: `2 H W n / (n (2 k_h k_w − 1)) = ${format(2 * counts.inputs)} / ${perOutput}`,
    },
  ];
  return list;
}

/** A formula `A = B` (its last equals sign) split into `A` and `B`. */
const before = (formula: string) => formula.slice(0, formula.lastIndexOf(' = '));
const after = (formula: string) => formula.slice(formula.lastIndexOf(' = ') + 3);

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
            {rows(counts, props.imageSize, props.kernelSize, format).map((row) => (
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
                  <MathFormula tex={before(row.tex)} label={before(row.words)} />{' '}
                  <MathFormula tex={`= ${after(row.tex)}`} label={`= ${after(row.words)}`} />
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
