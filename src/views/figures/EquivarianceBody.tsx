import { max, min } from 'd3-array';
import { traceEquivariance } from '../../engine';
import { formatMeasure, joinSentences, subscript } from '../../i18n';
import { EQUIVARIANCE_KERNELS } from '../../scenes';
import {
  selectComputed,
  selectFigureParams,
  selectFigureSelection,
  selectLanguage,
  selectSelect,
  useLab,
  useTranslate,
} from '../../state';
import { LineChart } from '../LineChart';

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

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Tolerance for "equal": the two orders use the same sums, so they agree to the last bit; this only guards display. */
const EQUAL_WITHIN = 1e-6;

/** Equivariance in 1D: both orders of transform and convolution, their difference, and the measured gap. */
export function EquivarianceBody() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const computed = useLab(selectComputed('equivariance'));
  const params = useLab(selectFigureParams('equivariance'));
  const selection = useLab(selectFigureSelection('equivariance'));
  const select = useLab(selectSelect);
  const check = computed?.kind === 'equivariance' ? computed.result : null;
  if (!check) return <p className="figure__loading">{t('figure.loading')}</p>;
  const format = (value: number) => formatMeasure(language, value);
  const picked = selection?.layer === 0 && selection.index < check.input.length ? selection.index : null;
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
  const positions = (list: readonly number[]) =>
    list.length > 0 ? formatPositions(list) : t('equivariance.pick.nowhere');
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
              colour: '#E69F00',
              dash: '6 3',
            },
          ]}
        />
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
              colour: '#0072B2',
            },
            {
              id: 'convolve-then-transform',
              label: titles.convThenT,
              values: check.transformedOutput,
              colour: '#D55E00',
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
              colour: '#CC79A7',
              dots: true,
            },
          ]}
          shade={border}
          domain={[0, Math.max(0.5, max(check.difference) ?? 0)]}
        />
      </div>
      <p className="pick" role="status" data-pick={picked ?? ''} data-export-text="">
        {trace && picked !== null
          ? trace.transformedInput.length === 0
            ? // T pushes the sample past an end: there is no "there" to trace it from.
              joinSentences(language, [
                t('equivariance.pick.traceGone', {
                  index: subscript(picked),
                  value: pickedValue,
                  output: positions(trace.output),
                  beforeT: positions(trace.transformedOutput),
                }),
                t(
                  trace.transformedOutput.length === 0
                    ? 'equivariance.pick.goneBoth'
                    : 'equivariance.pick.gone',
                ),
              ])
            : joinSentences(language, [
                t('equivariance.pick.trace', {
                  index: subscript(picked),
                  value: pickedValue,
                  output: positions(trace.output),
                  moved: positions(trace.transformedInput),
                  afterT: positions(trace.outputOfTransformed),
                  beforeT: positions(trace.transformedOutput),
                }),
                t(
                  sameList(trace.outputOfTransformed, trace.transformedOutput)
                    ? 'equivariance.pick.same'
                    : 'equivariance.pick.different',
                ),
              ])
          : t('equivariance.pick.none')}
      </p>
      <p
        className="measure"
        data-measure=""
        data-interior={check.maxInteriorDifference}
        data-border={check.maxBorderDifference}
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
      >
        {t(equal ? 'equivariance.verdict.equal' : 'equivariance.verdict.differ')}
      </p>
    </>
  );
}
