import { useId } from 'react';
import { useTranslate } from '../../state';
import { formatValue } from './describeOutput';
import { edgeCss } from './edgeColours';

const STOPS = 11;

/** The colour scale of the edge map, with its ends: ±the largest |value| (signed), or 0 … largest. */
export function EdgeLegend(props: { extent: number; magnitude: boolean; book: boolean }) {
  const t = useTranslate();
  const gradient = useId();
  const extent = props.extent || 1;
  const low = props.magnitude ? 0 : -extent;
  const stops = Array.from({ length: STOPS }, (_, step) => {
    const value = low + ((extent - low) * step) / (STOPS - 1);
    const offset = `${(step * 100) / (STOPS - 1)}%`;
    return <stop key={offset} offset={offset} stopColor={edgeCss(value, extent, props.magnitude)} />;
  });
  const text = props.magnitude
    ? t('edges.legend.magnitude', { high: formatValue(extent) })
    : t(props.book ? 'edges.legend.signed' : 'edges.legend.signedGeneral', {
        low: formatValue(-extent),
        high: formatValue(extent),
      });
  return (
    <figure className="edge-legend" data-edge-legend="">
      <figcaption className="visually-hidden">{t('edges.legend.title')}</figcaption>
      <svg
        viewBox="0 0 300 14"
        preserveAspectRatio="none"
        className="edge-legend__bar"
        aria-hidden="true"
        data-export-legend=""
      >
        <defs>
          <linearGradient id={gradient}>{stops}</linearGradient>
        </defs>
        <rect x={0} y={0} width={300} height={14} fill={`url(#${gradient})`} />
      </svg>
      <p className="edge-legend__text" data-export-text="">
        {text}
      </p>
    </figure>
  );
}
