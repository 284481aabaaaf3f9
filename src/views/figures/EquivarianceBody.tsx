import type { ReactNode } from 'react';
import './equivarianceMessages';
import { max, min } from 'd3-array';
import { type EquivarianceTrace, traceEquivariance } from '../../engine';
import { formatMeasure, joinSentences, subscript } from '../../i18n';
import { EQUIVARIANCE_KERNELS } from '../../scenes';
import {
  selectAwaitingCheck,
  selectComputed,
  selectFigureParams,
  selectFigureSelection,
  selectLanguage,
  selectSelect,
  useLab,
  useTranslate,
} from '../../state';
import { LineChart } from '../LineChart';
import { useFirstResults } from '../useFirstResults';
import { weightStyle } from '../weightStyle';

/** Positions as runs: "11–12", "3, 7–9". */
function formatPositions(positions: readonly number[]): string {
  const runs: string[] = [];
  let start = 0;
  for (let index = 1; index <= positions.length; index += 1) {
    if (index === positions.length || positions[index] !== positions[index - 1] + 1) {
      const [first, last] = [positions[start], positions[index - 1]];
      runs.push(first === last ? String(first) : `${first}–${last}`);
      start = index;
    }
  }
  return runs.join(', ');
}

/** Tolerance for "equal": the two orders use the same sums, so they agree to the last bit; this only guards display. */
const EQUAL_WITHIN = 1e-6;

/** Equivariance in 1D: both orders of transform and convolution, their difference, and the measured gap. */
export function EquivarianceBody(): ReactNode {
  useFirstResults('equivariance', (state) => selectComputed('equivariance')(state)?.kind === 'equivariance');
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const computed = useLab(selectComputed('equivariance'));
  const params = useLab(selectFigureParams('equivariance'));
  const selection = useLab(selectFigureSelection('equivariance'));
  const select = useLab(selectSelect);
  // Asked whether the orders commute, the student sees both orders only once they have checked.
  const awaitingCheck = useLab(selectAwaitingCheck('equivariance'));
  const check = computed?.kind === 'equivariance' ? computed.result : null;
  if (!check) return <p className="figure__loading">{t('figure.loading')}</p>;
  const format = (value: number) => formatMeasure(language, value);
  const picked =
    !awaitingCheck && selection?.layer === 0 && selection.index < check.input.length ? selection.index : null;
  const transform =
    params.transform === 'stretch'
      ? { kind: 'stretch' as const, factor: 2 }
      : { kind: 'shift' as const, offset: params.shift };
  const trace =
    picked === null
      ? null
      : traceEquivariance(
          check.input.length,
          EQUIVARIANCE_KERNELS[params.kernelName].length,
          transform,
          picked,
        );
  const outputs = (list: readonly number[]) =>
    list.length > 0
      ? t('equivariance.pick.outputs', { count: list.length, list: formatPositions(list) })
      : t('equivariance.pick.noOutput');
  // Where the two orders differ only at outputs near an end (shaded), the border is the cause.
  const nearBorder = (position: number) => check.interior[position] === 0;
  /** What a picked sample feeds in f(x), where T moves it and what it feeds there, and the verdict. */
  const pickSentence = (trace: EquivarianceTrace, index: number) => {
    const afterT = trace.outputOfTransformed;
    const beforeT = trace.transformedOutput;
    const differing = [
      ...afterT.filter((position) => !beforeT.includes(position)),
      ...beforeT.filter((position) => !afterT.includes(position)),
    ];
    const verdict =
      differing.length === 0
        ? 'equivariance.pick.same'
        : trace.transformedInput.length === 0 || differing.every(nearBorder)
          ? 'equivariance.pick.border'
          : 'equivariance.pick.different';
    return joinSentences(language, [
      t('equivariance.pick.feeds', {
        index: subscript(index),
        value: pickedValue,
        outputs: outputs(trace.output),
      }),
      trace.transformedInput.length === 0
        ? t('equivariance.pick.pushedOut')
        : t('equivariance.pick.moved', {
            position: t('equivariance.pick.position', {
              count: trace.transformedInput.length,
              list: formatPositions(trace.transformedInput),
            }),
            outputs: outputs(afterT),
          }),
      beforeT.length === 0
        ? t('equivariance.pick.outputsGone')
        : t('equivariance.pick.movedOutputs', { outputs: outputs(beforeT) }),
      t(verdict),
    ]);
  };
  const pickedValue = picked === null ? '' : format(check.input[picked]);
  const border = Array.from(check.interior, (inside) => (inside ? 0 : 1));
  const summary = (title: string, values: ArrayLike<number>) =>
    t('equivariance.chart.summary', {
      title,
      count: values.length,
      minimum: format(min(Array.from(values)) ?? 0),
      maximum: format(max(Array.from(values)) ?? 0),
    });
  const equal = check.maxInteriorDifference <= EQUAL_WITHIN;
  const titles = {
    input: t('equivariance.chart.input'),
    transformed: t('equivariance.chart.transformed'),
    convThenT: t('equivariance.chart.convThenT'),
    tThenConv: t('equivariance.chart.tThenConv'),
    difference: t('equivariance.chart.difference'),
  };
  return (
    <>
      <div className="charts charts--stack">
        <LineChart
          picker={{
            value: picked,
            label: t('equivariance.pick.label'),
            valueText:
              picked === null
                ? t('equivariance.pick.nothing')
                : t('equivariance.pick.value', { index: subscript(picked), value: pickedValue }),
            onPick: (index) => select('equivariance', index === null ? null : { layer: 0, index }),
          }}
          marks={
            trace && picked !== null
              ? [
                  { series: 'input', positions: [picked] },
                  { series: 'transformed', positions: trace.transformedInput },
                ]
              : []
          }
          title={t('equivariance.title.inputs')}
          summary={`${summary(titles.input, check.input)} ${summary(titles.transformed, check.transformedInput)}`}
          series={[
            { id: 'input', label: titles.input, values: check.input, colour: 'currentColor' },
            {
              id: 'transformed',
              label: titles.transformed,
              values: check.transformedInput,
              colour: weightStyle(0).colour,
              dash: '6 3',
            },
          ]}
        />
        {!awaitingCheck && (
          <>
            <LineChart
              marks={
                trace
                  ? [
                      { series: 'transform-then-convolve', positions: trace.outputOfTransformed },
                      { series: 'convolve-then-transform', positions: trace.transformedOutput },
                    ]
                  : []
              }
              title={t('equivariance.title.orders')}
              summary={`${summary(titles.tThenConv, check.outputOfTransformed)} ${summary(titles.convThenT, check.transformedOutput)}`}
              series={[
                {
                  id: 'transform-then-convolve',
                  label: titles.tThenConv,
                  values: check.outputOfTransformed,
                  colour: weightStyle(1).colour,
                },
                {
                  id: 'convolve-then-transform',
                  label: titles.convThenT,
                  values: check.transformedOutput,
                  colour: weightStyle(2).colour,
                  dash: '2 3',
                  dots: true,
                },
              ]}
              shade={border}
            />
            <LineChart
              title={t('equivariance.title.difference')}
              summary={summary(titles.difference, check.difference)}
              series={[
                {
                  id: 'difference',
                  label: titles.difference,
                  values: check.difference,
                  colour: weightStyle(3).colour,
                  dots: true,
                },
              ]}
              shade={border}
              domain={[0, Math.max(0.5, max(check.difference) ?? 0)]}
            />
          </>
        )}
      </div>
      {/* The instruction to pick is for the page; a file carries the trace only when there is one. */}
      <p
        className="pick"
        role="status"
        data-pick={picked ?? ''}
        data-export-text={picked === null ? undefined : ''}
      >
        {trace && picked !== null ? pickSentence(trace, picked) : null}
        {picked === null && t('equivariance.pick.none')}
      </p>
      {!awaitingCheck && (
        <>
          <p
            className="measure"
            data-measure=""
            data-interior={check.maxInteriorDifference}
            data-border={check.maxBorderDifference}
            data-export-text=""
          >
            {t('equivariance.measure', {
              interior: format(check.maxInteriorDifference),
              border: format(check.maxBorderDifference),
            })}
          </p>
          <p
            className={`verdict verdict--${equal ? 'equal' : 'differ'}`}
            data-verdict={equal ? 'equal' : 'differ'}
            role="status"
            data-export-text=""
          >
            {t(equal ? 'equivariance.verdict.equal' : 'equivariance.verdict.differ')}
          </p>
        </>
      )}
    </>
  );
}
