import { useRef } from 'react';
import { formatNumber } from '../../i18n';
import type { EdgeKernel } from '../../scenes';
import { selectLanguage, useLab, useTranslate } from '../../state';
import { useElementWidth } from '../useElementWidth';
import { formatValue } from './describeOutput';

/** Entries shown magnified around each kernel row's non-zeros. */
const WINDOW = 12;
const CELL = 30;

/**
 * One output's row of the layer's matrix, two ways: the convolution's, whose only non-zeros are the
 * kernel's weights at the columns of its receptive field (drawn as ticks along the row, and
 * magnified around each kernel row), and the dense layer's, all of whose entries are weights.
 */
export function MatrixRow(props: {
  imageSize: readonly number[];
  kernel: EdgeKernel;
  row: number;
  col: number;
}) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(200, useElementWidth(frame));
  const [height, imageWidth] = props.imageSize;
  const entries = height * imageWidth;
  const [kh, kw] = props.kernel.size;
  const nonzeros: { column: number; weight: number }[] = [];
  for (let i = 0; i < kh; i += 1) {
    for (let j = 0; j < kw; j += 1) {
      const weight = props.kernel.weights[i * kw + j];
      if (weight !== 0) nonzeros.push({ column: (props.row + i) * imageWidth + props.col + j, weight });
    }
  }
  const barHeight = 14;
  const at = (column: number) => ((column + 0.5) / entries) * (width - 2) + 1;
  // One magnified window per kernel row: its non-zeros sit at the same offset in each.
  const windows = Array.from({ length: kh }, (_, i) => {
    const first = Math.max(0, Math.min(entries - WINDOW, (props.row + i) * imageWidth + props.col - 3));
    return { first, last: first + WINDOW - 1 };
  });
  const columns = nonzeros.map((entry) => formatNumber(language, entry.column)).join(', ');
  return (
    <figure className="matrix-row" data-matrix-row="" ref={frame}>
      <figcaption data-export-text="">{t('edges.row.title')}</figcaption>
      <p data-export-text="">
        {nonzeros.length < kh * kw
          ? t('edges.row.sparseZeros', {
              stored: kh * kw,
              count: nonzeros.length,
              entries: formatNumber(language, entries),
              columns,
            })
          : t('edges.row.sparse', {
              count: nonzeros.length,
              entries: formatNumber(language, entries),
              columns,
            })}
      </p>
      <svg width={width} height={barHeight + 4} className="matrix-row__bar" aria-hidden="true">
        <rect x={1} y={2} width={width - 2} height={barHeight} className="matrix-row__empty" />
        {nonzeros.map((entry) => (
          <rect
            key={entry.column}
            x={at(entry.column) - 1.5}
            y={0}
            width={3}
            height={barHeight + 4}
            className="matrix-row__tick"
          />
        ))}
      </svg>
      <div className="matrix-row__windows">
        {windows.map((window) => (
          <svg
            key={window.first}
            viewBox={`0 0 ${WINDOW * CELL} ${CELL + 16}`}
            width={WINDOW * CELL}
            className="matrix-row__window"
            role="img"
            aria-label={t('edges.row.zoom', {
              first: formatNumber(language, window.first),
              last: formatNumber(language, window.last),
            })}
          >
            {Array.from({ length: WINDOW }, (_, offset) => {
              const column = window.first + offset;
              const entry = nonzeros.find((item) => item.column === column);
              return (
                <g key={column}>
                  <rect
                    x={offset * CELL}
                    y={0}
                    width={CELL}
                    height={CELL}
                    className={entry ? 'matrix-row__cell matrix-row__cell--weight' : 'matrix-row__cell'}
                  />
                  <text x={offset * CELL + CELL / 2} y={CELL / 2 + 4} className="matrix-row__text">
                    {entry ? formatValue(entry.weight).replace(/\.?0+$/, '') : '0'}
                  </text>
                </g>
              );
            })}
            <text x={0} y={CELL + 13} className="matrix-row__index">
              {formatNumber(language, window.first)}
            </text>
            <text x={WINDOW * CELL} y={CELL + 13} className="matrix-row__index matrix-row__index--end">
              {formatNumber(language, window.last)}
            </text>
          </svg>
        ))}
      </div>
      <p data-export-text="">{t('edges.row.dense', { entries: formatNumber(language, entries) })}</p>
      <svg width={width} height={barHeight + 4} className="matrix-row__bar" aria-hidden="true">
        <rect x={1} y={2} width={width - 2} height={barHeight} className="matrix-row__full" />
      </svg>
    </figure>
  );
}
