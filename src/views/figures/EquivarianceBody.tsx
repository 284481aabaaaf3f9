import { max, min } from 'd3-array';
import { formatMeasure } from '../../i18n';
import { selectComputed, selectLanguage, useLab, useTranslate } from '../../state';
import { LineChart } from '../LineChart';

/** Tolerance for "equal": the two orders use the same sums, so they agree to the last bit; this only guards display. */
const EQUAL_WITHIN = 1e-6;

/** Equivariance in 1D: both orders of transform and convolution, their difference, and the measured gap. */
export function EquivarianceBody() {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const computed = useLab(selectComputed('equivariance'));
  const check = computed?.kind === 'equivariance' ? computed.result : null;
  if (!check) return <p className="figure__loading">{t('figure.loading')}</p>;
  const border = Array.from(check.interior, (inside) => (inside ? 0 : 1));
  const format = (value: number) => formatMeasure(language, value);
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
