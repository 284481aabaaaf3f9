import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n';
import { useTranslate } from '../../state';

/** A swatch drawn as SVG (so it is exported with the figure) in the grids' own styles. */
function Swatch(props: { children: ReactNode }) {
  return (
    <svg className="grid-legend__swatch" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      {props.children}
    </svg>
  );
}

const ENTRIES: { label: MessageKey; swatch: ReactNode }[] = [
  {
    label: 'playground.legend.selected',
    swatch: <rect className="swatch-selected" x="3" y="3" width="22" height="12" />,
  },
  {
    label: 'playground.legend.receptive',
    swatch: <rect className="swatch-receptive" x="2" y="2" width="24" height="14" strokeDasharray="5 3" />,
  },
  {
    label: 'playground.legend.influence',
    swatch: <rect className="swatch-influence" x="2" y="2" width="24" height="14" strokeDasharray="5 3" />,
  },
  {
    label: 'playground.legend.outside',
    swatch: <rect className="swatch-outside" x="1" y="1" width="26" height="16" />,
  },
  {
    label: 'playground.legend.analytic',
    swatch: <rect className="swatch-analytic" x="2" y="2" width="24" height="14" strokeDasharray="2 3" />,
  },
  {
    label: 'playground.legend.padding',
    swatch: (
      <g>
        <rect className="swatch-frame" x="1" y="1" width="26" height="16" />
        <path className="swatch-hatch" d="M1 9 L9 1 M1 17 L17 1 M9 17 L25 1 M17 17 L27 7" />
      </g>
    ),
  },
];

/** Explains how the grids mark cells: outline, wash and box, veil, dotted field, hatched padding. */
export function GridLegend() {
  const t = useTranslate();
  return (
    <ul className="legend grid-legend" aria-label={t('legend.label')}>
      {ENTRIES.map((entry) => (
        <li key={entry.label}>
          <Swatch>{entry.swatch}</Swatch>
          <span data-export-text="">{t(entry.label)}</span>
        </li>
      ))}
    </ul>
  );
}
