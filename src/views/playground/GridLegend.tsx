import type { MessageKey } from '../../i18n';
import { useTranslate } from '../../state';

const ENTRIES: { swatch: string; label: MessageKey }[] = [
  { swatch: 'selected', label: 'playground.legend.selected' },
  { swatch: 'receptive', label: 'playground.legend.receptive' },
  { swatch: 'influence', label: 'playground.legend.influence' },
  { swatch: 'outside', label: 'playground.legend.outside' },
  { swatch: 'analytic', label: 'playground.legend.analytic' },
  { swatch: 'padding', label: 'playground.legend.padding' },
];

/** Explains how the grids mark cells: outline, wash and box, veil, dotted field, hatched padding. */
export function GridLegend() {
  const t = useTranslate();
  return (
    <ul className="legend grid-legend" aria-label={t('legend.label')}>
      {ENTRIES.map((entry) => (
        <li key={entry.swatch}>
          <span className={`grid-legend__swatch grid-legend__swatch--${entry.swatch}`} aria-hidden="true" />
          <span data-export-text="">{t(entry.label)}</span>
        </li>
      ))}
    </ul>
  );
}
