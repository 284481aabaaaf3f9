import type { MessageKey } from '../i18n';
import { useTranslate } from '../state';
import type { UnitState } from './UnitNode';

const ENTRIES: { state: UnitState; label: MessageKey }[] = [
  { state: 'selected', label: 'legend.selected' },
  { state: 'receptive', label: 'legend.receptive' },
  { state: 'influence', label: 'legend.influence' },
  { state: 'faded', label: 'legend.faded' },
];

/** Explains the unit styles with the same drawings the figure uses: fill, ring width and dashes. */
export function FieldLegend() {
  const t = useTranslate();
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {ENTRIES.map((entry) => (
        <li key={entry.state}>
          <svg viewBox="-14 -14 28 28" aria-hidden="true" focusable="false">
            <g className={`unit unit--${entry.state}`}>
              <circle className="unit__body" r={10} />
            </g>
          </svg>
          <span data-export-text="">{t(entry.label)}</span>
        </li>
      ))}
    </ul>
  );
}
