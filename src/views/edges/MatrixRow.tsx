import { useRef } from 'react';
import { type OutputWindow, unitPosition } from '../../engine';
import { formatNumber } from '../../i18n';
import { selectLanguage, useLab, useTranslate } from '../../state';
import { useElementWidth } from '../useElementWidth';
import { formatValue } from './describeOutput';

/** Entries shown magnified around each kernel row's non-zeros. */
const WINDOW = 12;
const CELL = 30;

/**
 * One output's row of the layer's matrix, two ways: the convolution's, whose only non-zeros are the
 * kernel's weights at the columns of its receptive field (the engine's `window` of the output;
 * drawn as ticks along the row, and magnified around each image row the field spans), and the dense
 * layer's, all of whose entries are weights.
 */
export function MatrixRow(props: {
  imageSize: readonly number[];
  weights: readonly number[];
  window: OutputWindow;
}) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(200, useElementWidth(frame));
  const [height, imageWidth] = props.imageSize;
  const entries = height * imageWidth;
  const { taps } = props.window;
  const nonzeros = taps
    .map((tap) => ({ column: tap.input, weight: props.weights[tap.tap] }))
    .filter((entry) => entry.weight !== 0);
  const barHeight = 14;
  const at = (column: number) => ((column + 0.5) / entries) * (width - 2) + 1;
  // One magnified window per image row the field spans, from a little before its first tap there:
  // the non-zeros sit at the same offset in each.
  const rowStarts = new Map<number, number>();
  for (const tap of taps) {
    const [row] = unitPosition(props.imageSize, tap.input);
    if (!rowStarts.has(row)) rowStarts.set(row, tap.input);
  }
  const windows = [...rowStarts.values()].map((start) => {
    const first = Math.max(0, Math.min(entries - WINDOW, start - 3));
    return { first, last: first + WINDOW - 1 };
  });
  const columns = nonzeros.map((entry) => formatNumber(language, entry.column)).join(', ');
  return (
    <figure className="matrix-row" data-matrix-row="" ref={frame}>
      <figcaption data-export-text="">{t('edges.row.title')}</figcaption>
      <p data-export-text="">
        {nonzeros.length < taps.length
          ? t('edges.row.sparseZeros', {
              stored: taps.length,
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
