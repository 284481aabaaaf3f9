import { useEffect, useId, useRef, useState } from 'react';
import type { ImageEquivariance } from '../../engine';
import { formatNumber } from '../../i18n';
import { MAX_SHIFT } from '../../scenes';
import {
  selectAwaitingCheck,
  selectFigureParams,
  selectLanguage,
  selectSetParams,
  useEngine,
  useLab,
  useLabStore,
  useTranslate,
} from '../../state';
import { NumberField } from '../NumberField';
import { SubHeading } from '../SubHeading';
import { formatValue } from './describeOutput';
import { paintEdgeMap, paintGrey } from './edgeColours';
import { reportEngineFailure } from './reportEngineFailure';
import type { EdgeMap } from './useEdgeMap';

const FIGURE = 'edges';

/** One image of the check, drawn pixel for pixel into a canvas scaled by CSS. */
function CheckImage(props: {
  caption: string;
  values: Float32Array;
  size: readonly number[];
  kind: 'grey' | 'edges';
  extent?: number;
  /** Edges drawn as |y|, as the main map is when the figure's switch says so. */
  magnitude?: boolean;
  hook: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    if (props.kind === 'grey') paintGrey(canvas.current, props.values, props.size);
    else paintEdgeMap(canvas.current, props.values, props.size, props.magnitude === true, props.extent);
  }, [props.values, props.size, props.kind, props.extent, props.magnitude]);
  return (
    <figure className="check-image" data-check-image={props.hook}>
      <figcaption data-export-text="">{props.caption}</figcaption>
      <canvas ref={canvas} role="img" aria-label={props.caption} className="check-image__canvas" />
    </figure>
  );
}

/**
 * Translation equivariance in 2D on the figure's image and kernel: shift the photo by (dx, dy), or
 * rotate it, then detect edges, against detecting edges and then shifting or rotating the map; the
 * difference is drawn on the maps' own scale and measured away from the borders and near them.
 */
export function EquivarianceImages(props: { map: EdgeMap }) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const params = useLab(selectFigureParams(FIGURE));
  const setParams = useLab(selectSetParams);
  const { client } = useEngine();
  // Asked whether the orders commute, the student sees both orders only once they have checked.
  const asking = useLab((state) => state.figures[FIGURE].question !== null);
  const awaitingCheck = useLab(selectAwaitingCheck(FIGURE));
  const store = useLabStore();
  const id = useId();
  const { map } = props;
  // A shift goes up to half the image each way (and MAX_SHIFT): on a small image a larger one would
  // move it out of view, leaving nothing away from the borders to compare.
  const [height, width] = map.image.size;
  const limits = [Math.min(MAX_SHIFT, Math.floor(width / 2)), Math.min(MAX_SHIFT, Math.floor(height / 2))];
  const dx = Math.max(-limits[0], Math.min(limits[0], params.shift[0]));
  const dy = Math.max(-limits[1], Math.min(limits[1], params.shift[1]));
  const limited = dx !== params.shift[0] || dy !== params.shift[1];
  const rotating = params.rotate !== 0;
  // Each result keeps the image size it was computed for: a new image's size must not meet an old result.
  const [check, setCheck] = useState<{ result: ImageEquivariance; key: string; size: number[] } | null>(null);
  const key = `${rotating ? `r${params.rotate}` : `s${dx},${dy}`}`;
  useEffect(() => {
    let current = true;
    client
      .request(
        'imageEquivariance',
        {
          image: map.image.values,
          size: map.image.size,
          kernel: Float32Array.from(map.kernel.weights),
          kernelSize: [...map.kernel.size],
          transform: rotating ? { kind: 'rotate', degrees: params.rotate } : { kind: 'shift', dx, dy },
        },
        { lane: 'edges:equivariance' },
      )
      .then(
        (result) => {
          if (current) setCheck({ result, key, size: map.image.size });
        },
        (error) => {
          if (current) reportEngineFailure(store, error);
        },
      );
    return () => {
      current = false;
    };
  }, [client, store, map, rotating, params.rotate, dx, dy, key]);
  const transformText = rotating
    ? t('edges.check.rotated', { degrees: params.rotate })
    : t('edges.check.shifted', { dx: formatNumber(language, dx), dy: formatNumber(language, dy) });
  const result = check?.result;
  const interiorCount = result ? result.interior.reduce((total, value) => total + value, 0) : 0;
  // The photo's own edges set the scale; what a transform brings in at the borders may go past it.
  const extent = result?.scale || 1;
  return (
    <section className="image-check" aria-labelledby={`${id}-title`} data-image-check={key}>
      <SubHeading id={`${id}-title`} exported>
        {t('edges.check.title')}
      </SubHeading>
      <p data-export-text="">{t('edges.check.intro')}</p>
      <fieldset className="image-check__controls" disabled={asking}>
        <legend className="visually-hidden">{t('edges.check.controls')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={!rotating}
            data-setting="check-shift"
            onChange={() => setParams(FIGURE, { rotate: 0 })}
          />{' '}
          {t('edges.check.shift')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={rotating}
            data-setting="check-rotate"
            onChange={() => setParams(FIGURE, { rotate: 90 })}
          />{' '}
          {t('edges.check.rotate')}
        </label>
        {rotating ? (
          <>
            <label htmlFor={`${id}-angle`}>{t('edges.check.angle')}</label>
            <input
              id={`${id}-angle`}
              type="range"
              min={1}
              max={359}
              value={params.rotate}
              data-setting="rotate"
              onChange={(event) => setParams(FIGURE, { rotate: Number(event.target.value) })}
            />
            <output htmlFor={`${id}-angle`}>{params.rotate}°</output>
          </>
        ) : (
          <>
            <label htmlFor={`${id}-dx`}>dx</label>
            <NumberField
              id={`${id}-dx`}
              setting="shift-dx"
              value={dx}
              definition={{ minimum: -limits[0], maximum: limits[0] }}
              onCommit={(value) => setParams(FIGURE, { shift: [value, dy] })}
            />
            <label htmlFor={`${id}-dy`}>dy</label>
            <NumberField
              id={`${id}-dy`}
              setting="shift-dy"
              value={dy}
              definition={{ minimum: -limits[1], maximum: limits[1] }}
              onCommit={(value) => setParams(FIGURE, { shift: [dx, value] })}
            />
          </>
        )}
      </fieldset>
      {limited && !rotating && (
        <p className="edges-note" data-shift-limited="">
          {t('edges.check.shiftLimited', {
            height: formatNumber(language, height),
            width: formatNumber(language, width),
            dx: formatNumber(language, dx),
            dy: formatNumber(language, dy),
          })}
        </p>
      )}
      {result && (
        <>
          <div className="image-check__images">
            <CheckImage
              hook="transformed"
              caption={t('edges.check.image.transformed', { transform: transformText })}
              values={result.transformed}
              size={check.size}
              kind="grey"
            />
            {!awaitingCheck && (
              <>
                <CheckImage
                  hook="filtered-after"
                  magnitude={params.abs}
                  caption={t('edges.check.image.filteredAfter')}
                  values={result.filteredAfter}
                  size={result.mapSize}
                  kind="edges"
                  extent={extent}
                />
                <CheckImage
                  hook="transformed-after"
                  magnitude={params.abs}
                  caption={t('edges.check.image.transformedAfter', { transform: transformText })}
                  values={result.transformedAfter}
                  size={result.mapSize}
                  kind="edges"
                  extent={extent}
                />
                <CheckImage
                  hook="difference"
                  caption={t('edges.check.image.difference')}
                  values={result.difference}
                  size={result.mapSize}
                  kind="edges"
                  extent={extent}
                />
              </>
            )}
          </div>
          {!awaitingCheck && (
            <p
              role="status"
              data-export-text=""
              data-largest-interior={result.largestInterior}
              data-largest-overall={result.largestOverall}
            >
              {interiorCount === 0
                ? t('edges.check.noInterior', { border: formatValue(result.largestOverall) })
                : result.largestInterior === 0
                  ? t('edges.check.exact', {
                      share: `${Math.round((interiorCount / result.difference.length) * 100)}%`,
                      border: formatValue(result.largestOverall),
                    })
                  : t('edges.check.differs', {
                      share: `${Math.round((interiorCount / result.difference.length) * 100)}%`,
                      largest: formatValue(result.largestInterior),
                      mean: formatValue(result.meanInterior),
                      scale: formatValue(result.scale),
                    })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
