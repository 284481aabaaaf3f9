import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type AxisField, analyticField, type FieldSpread, unitPosition } from '../../engine';
import { formatNumber } from '../../i18n';
import {
  type PanelAnalysis,
  type Selection,
  selectLanguage,
  useEngine,
  useLab,
  useLabStore,
  useTranslate,
} from '../../state';
import { isStaleRequest } from '../../worker';
import { parseColour } from '../grid/gridPainter';
import { SubHeading } from '../SubHeading';
import { themeColour, useThemeVersion } from '../theme';
import { useElementWidth } from '../useElementWidth';

/** Widest the heat map is drawn, in CSS pixels. */
const WIDEST = 360;

/** Below this share of r, the ring of 2σ is narrower than the field: the weight gathers in the middle. */
const GATHERED = 0.9;

/**
 * What the spread says against the theoretical field: that it reaches past the input (part of it is
 * padding), that the weight gathers in the middle, or that it is still spread almost evenly.
 */
function erfComparison(
  t: ReturnType<typeof useTranslate>,
  box: readonly AxisField[],
  input: readonly number[],
  r: readonly number[],
  sigma: readonly number[],
): string {
  const values = { rRows: r[0], rCols: r[1] };
  if (box.some((axis, at) => axis.start < 0 || axis.end >= input[at]))
    return t('playground.erf.pastInput', values);
  const share = (4 * Math.max(...sigma)) / Math.max(...r);
  return t(share < GATHERED ? 'playground.erf.gathers' : 'playground.erf.even', {
    ...values,
    share: Math.round(100 * share),
  });
}

/** One unit's effective receptive field, as the worker computed it. */
interface Computed {
  key: string;
  field: Float64Array;
  spread: FieldSpread | null;
}

/**
 * The effective receptive field (Luo et al., NeurIPS 2016) of the selected unit of a 2D network:
 * |∂y/∂x| over the photo with every weight 1 and every pool averaging, the theoretical field r as a
 * dashed box and a ring of 2σ, and a sentence comparing σ with r. Computed in the worker.
 */
export function EffectiveFieldPanel(props: {
  analysis: PanelAnalysis;
  focus: Selection;
  photo: CanvasImageSource | null;
}) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const store = useLabStore();
  const { analysis, focus } = props;
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [computed, setComputed] = useState<Computed | null>(null);
  const [height, width] = analysis.sizes[0];
  const key = `${analysis.specKey}|${focus.layer}:${focus.index}`;
  const { client: engine } = useEngine();
  useEffect(() => {
    let current = true;
    engine
      .request(
        'effectiveField',
        {
          specJson: analysis.specKey,
          layer: focus.layer,
          unit: unitPosition(analysis.sizes[focus.layer], focus.index),
        },
        { lane: 'playground:effectiveField' },
      )
      .then(
        (result) => {
          if (current && result.ok) setComputed({ key, field: result.field, spread: result.spread });
        },
        (error) => {
          if (!current || isStaleRequest(error)) return;
          store.getState().pushNotices([
            {
              key: 'notice.worker.failed',
              values: { message: error instanceof Error ? error.message : String(error) },
              figure: 'playground',
            },
          ]);
        },
      );
    return () => {
      current = false;
    };
  }, [engine, store, analysis, focus, key]);
  const shown = computed?.key === key ? computed : null;
  const drawWidth = Math.max(120, Math.min(WIDEST, useElementWidth(section)));
  const scale = drawWidth / width;
  const drawHeight = Math.round(height * scale);
  const box = useMemo(() => analyticField(analysis.geometry, focus.layer, focus.index), [analysis, focus]);
  const r = analysis.geometry[focus.layer].receptiveField;
  const themeVersion = useThemeVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of colours is a trigger too.
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !shown) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(drawWidth * ratio);
    element.height = Math.round(drawHeight * ratio);
    context.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    context.fillStyle = themeColour(element, '--paper');
    context.fillRect(0, 0, width, height);
    if (props.photo) {
      context.globalAlpha = 0.45;
      context.drawImage(props.photo, 0, 0, width, height);
      context.globalAlpha = 1;
    }
    // The field as a wash of the receptive colour, opaque where it is largest.
    const heat = document.createElement('canvas');
    heat.width = width;
    heat.height = height;
    const heatContext = heat.getContext('2d');
    if (!heatContext) return;
    const pixels = heatContext.createImageData(width, height);
    const [red, green, blue] = parseColour(themeColour(element, '--receptive-stroke'));
    let largest = 0;
    for (const value of shown.field) largest = Math.max(largest, value);
    shown.field.forEach((value, index) => {
      const offset = index * 4;
      pixels.data[offset] = red;
      pixels.data[offset + 1] = green;
      pixels.data[offset + 2] = blue;
      pixels.data[offset + 3] = largest > 0 ? Math.round((230 * value) / largest) : 0;
    });
    heatContext.putImageData(pixels, 0, 0);
    context.imageSmoothingEnabled = false;
    context.drawImage(heat, 0, 0);
    // The theoretical field (dashed) and a ring of 2σ about the field's centre (solid).
    context.lineWidth = 1.5 / scale;
    context.strokeStyle = themeColour(element, '--ink');
    context.setLineDash([5 / scale, 3 / scale]);
    context.strokeRect(
      box[1].start,
      box[0].start,
      box[1].end - box[1].start + 1,
      box[0].end - box[0].start + 1,
    );
    context.setLineDash([]);
    if (shown.spread) {
      const [rowCentre, colCentre] = shown.spread.centre;
      const [rowSigma, colSigma] = shown.spread.sigma;
      context.strokeStyle = themeColour(element, '--focus');
      context.lineWidth = 2 / scale;
      context.beginPath();
      context.ellipse(
        colCentre + 0.5,
        rowCentre + 0.5,
        2 * colSigma + 0.5,
        2 * rowSigma + 0.5,
        0,
        0,
        2 * Math.PI,
      );
      context.stroke();
    }
  }, [shown, drawWidth, drawHeight, scale, width, height, props.photo, box, themeVersion]);
  const format = (value: number) => formatNumber(language, Math.round(value * 10) / 10);
  const [row, col] = unitPosition(analysis.sizes[focus.layer], focus.index);
  const sentence = shown?.spread
    ? [
        t('playground.erf.sigma', {
          layer: focus.layer,
          row,
          col,
          sigmaRows: format(shown.spread.sigma[0]),
          sigmaCols: format(shown.spread.sigma[1]),
        }),
        erfComparison(t, box, analysis.sizes[0], r, shown.spread.sigma),
      ].join(' ')
    : t('figure.loading');
  return (
    <section
      ref={section}
      className="effective-field slide-skip"
      aria-labelledby={headingId}
      data-erf-sigma={
        shown?.spread ? shown.spread.sigma.map((value) => value.toFixed(3)).join(',') : undefined
      }
    >
      <SubHeading id={headingId} exported>
        {t('playground.erf.heading')}
      </SubHeading>
      <canvas
        ref={canvas}
        role="img"
        aria-label={sentence}
        style={{ width: `${drawWidth}px`, height: `${drawHeight}px` }}
      />
      <p className="effective-field__sentence" data-export-text="">
        {sentence}
      </p>
      <p className="effective-field__legend" data-export-text="">
        {t('playground.erf.legend')}
      </p>
    </section>
  );
}
