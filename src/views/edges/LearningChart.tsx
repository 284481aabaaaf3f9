import { useEffect, useId, useRef, useState } from 'react';
import type { LearningCurves, LearningPoint } from '../../engine';
import { formatNumber } from '../../i18n';
import { selectLanguage, useEngine, useLab, useLabStore, useTranslate } from '../../state';
import { SubHeading } from '../SubHeading';
import { linearScale } from '../scales';
import { useElementWidth } from '../useElementWidth';
import type { GreyImage } from './greyImage';
import { reportEngineFailure } from './reportEngineFailure';
import '../charts.css';

/** The chart's widest layout; a narrower section (a phone) lays it out at its own width, so text keeps its size. */
const WIDTH = 520;
const NARROWEST = 300;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 40, left: 52 };
/** Errors below this are drawn at it and read "≈ 0": float rounding, not a difference. */
const FLOOR = 1e-8;
/** An error below this counts as learned exactly. */
const EXACT = 1e-4;

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 10 to a whole power, written 10⁻⁴ or 1,000. */
function power(exponent: number, format: (value: number) => string): string {
  if (exponent >= 0 && exponent <= 3) return format(10 ** exponent);
  const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPTS[Number(digit)]).join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

function firstExact(points: LearningPoint[]): number | null {
  return points.find((point) => point.relativeError < EXACT)?.pixels ?? null;
}

/**
 * Statistical efficiency: the edge detector learned from labelled pixels of the current image as a
 * convolution (2 shared weights) and as a dense layer on small crops, test error against the number
 * of labelled pixels, both axes logarithmic. Fitted in the worker.
 */
export function LearningChart(props: { image: GreyImage }) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const { client } = useEngine();
  const store = useLabStore();
  const titleId = useId();
  const section = useRef<HTMLElement>(null);
  const width = Math.max(NARROWEST, Math.min(WIDTH, useElementWidth(section)));
  const [curves, setCurves] = useState<{ image: GreyImage; result: LearningCurves } | null>(null);
  const format = (value: number) => formatNumber(language, value);
  useEffect(() => {
    let current = true;
    client
      .request(
        'edgeLearning',
        { image: props.image.values, size: props.image.size, seed: 1 },
        { lane: 'edges:learning' },
      )
      .then(
        (result) => {
          if (current) setCurves({ image: props.image, result });
        },
        (error) => {
          if (current) reportEngineFailure(store, error);
        },
      );
    return () => {
      current = false;
    };
  }, [client, store, props.image]);
  const result = curves?.result;
  const maxPixels = result ? Math.max(...result.dense.map((point) => point.pixels)) : 1e5;
  // The first point sits a little right of the y axis, clear of its labels.
  const x = linearScale([0, Math.ceil(Math.log10(maxPixels))], [MARGIN.left + 10, width - MARGIN.right]);
  const y = linearScale([Math.log10(FLOOR), 1], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const at = (point: LearningPoint) =>
    [x(Math.log10(point.pixels)), y(Math.log10(Math.max(FLOOR, point.relativeError)))] as const;
  const path = (points: LearningPoint[]) =>
    points.map((point, index) => `${index === 0 ? 'M' : 'L'}${at(point).join(',')}`).join('');
  const xTicks = Array.from({ length: Math.ceil(Math.log10(maxPixels)) + 1 }, (_, exponent) => exponent);
  const yTicks = [0, -2, -4, -6, -8];
  const convExact = result ? firstExact(result.conv) : null;
  const denseExact = result ? firstExact(result.dense) : null;
  return (
    <section className="learning" aria-labelledby={titleId} ref={section}>
      <SubHeading id={titleId} exported>
        {t('edges.learning.title')}
      </SubHeading>
      <p data-export-text="">{t('edges.learning.intro')}</p>
      {result ? (
        <>
          <svg
            viewBox={`0 0 ${width} ${HEIGHT}`}
            className="learning__chart"
            role="img"
            aria-label={t('edges.learning.chart')}
            data-learning-chart=""
          >
            {yTicks.map((exponent) => (
              <g key={exponent} className="chart__tick" transform={`translate(0 ${y(exponent)})`}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} />
                <text x={MARGIN.left - 4} dy="0.32em" textAnchor="end">
                  {exponent === -8 ? `≤ ${power(exponent, format)}` : power(exponent, format)}
                </text>
              </g>
            ))}
            {xTicks.map((exponent) => (
              <text
                key={exponent}
                x={x(exponent)}
                y={HEIGHT - MARGIN.bottom + 14}
                textAnchor="middle"
                className="learning__tick"
              >
                {power(exponent, format)}
              </text>
            ))}
            <text
              x={(MARGIN.left + width - MARGIN.right) / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
              className="learning__axis"
            >
              {t('edges.learning.xAxis')}
            </text>
            <text
              transform={`translate(12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              className="learning__axis"
            >
              {t('edges.learning.yAxis')}
            </text>
            <path d={path(result.dense)} className="learning__line learning__line--dense" />
            {result.dense.map((point) => {
              const [cx, cy] = at(point);
              return (
                <rect
                  key={point.pixels}
                  x={cx - 3.5}
                  y={cy - 3.5}
                  width={7}
                  height={7}
                  className="learning__mark--dense"
                />
              );
            })}
            <path d={path(result.conv)} className="learning__line learning__line--conv" />
            {result.conv.map((point) => {
              const [cx, cy] = at(point);
              return <circle key={point.pixels} cx={cx} cy={cy} r={4} className="learning__mark--conv" />;
            })}
          </svg>
          <ul className="learning__legend">
            <li className="learning__key learning__key--conv" data-export-text="">
              {t('edges.learning.conv', { parameters: format(result.convParameters) })}
            </li>
            <li className="learning__key learning__key--dense" data-export-text="">
              {t('edges.learning.dense', {
                parameters: format(result.denseParameters),
                crop: result.crop,
                outputs: result.crop - 1,
              })}
            </li>
          </ul>
          <p
            role="status"
            data-export-text=""
            data-conv-exact={convExact ?? ''}
            data-dense-exact={denseExact ?? ''}
          >
            {convExact !== null && denseExact !== null
              ? t('edges.learning.verdict', {
                  conv: format(convExact),
                  dense: format(denseExact),
                  times: format(Math.round(denseExact / convExact)),
                })
              : result.distinctCrops < result.crop * result.crop
                ? t('edges.learning.verdictSmall', {
                    conv: format(convExact ?? 0),
                    distinct: format(result.distinctCrops),
                    crop: result.crop,
                    inputs: format(result.crop * result.crop),
                  })
                : t('edges.learning.verdictOpen', { conv: format(convExact ?? 0) })}
          </p>
        </>
      ) : (
        <p className="figure__loading">{t('figure.loading')}</p>
      )}
    </section>
  );
}
