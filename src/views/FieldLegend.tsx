import type { MessageKey } from '../i18n';
import { useLab, useTranslate } from '../state';
import type { UnitState } from './UnitNode';

const ENTRIES: { state: UnitState; label: MessageKey }[] = [
  { state: 'selected', label: 'legend.selected' },
  { state: 'receptive', label: 'legend.receptive' },
  { state: 'influence', label: 'legend.influence' },
  { state: 'faded', label: 'legend.faded' },
];

/** While a question is asked: its unit and the marks, then, once checked, the three verdicts. */
const PREDICT_ENTRIES: { state: UnitState; label: MessageKey; badge: string; checked: boolean }[] = [
  { state: 'target', label: 'predict.legend.target', badge: '?', checked: false },
  { state: 'marked', label: 'predict.legend.marked', badge: '●', checked: false },
  { state: 'right', label: 'predict.legend.right', badge: '✓', checked: true },
  { state: 'missed', label: 'predict.legend.missed', badge: '!', checked: true },
  { state: 'extra', label: 'predict.legend.extra', badge: '✗', checked: true },
];

/**
 * Explains the unit styles of figure `figure` with the same drawings the figure uses: fill, ring
 * width, dashes and the marks at a unit's shoulder; while it asks a question, the question's unit,
 * the student's marks and the verdicts instead (connections, for a weight question).
 */
export function FieldLegend(props: { figure: string }) {
  const t = useTranslate();
  const question = useLab((state) => state.figures[props.figure].question);
  const checked = useLab((state) => state.figures[props.figure].attempt.checked > 0);
  if (question) {
    const connections = question.kind === 'weight';
    return (
      <ul className="legend legend--predict" aria-label={t('predict.legend.label')} data-legend="predict">
        {PREDICT_ENTRIES.filter((entry) => !(connections && entry.state === 'target'))
          .filter((entry) => checked || !entry.checked)
          .map((entry) => (
            <li key={entry.state}>
              <svg viewBox="-14 -14 28 28" aria-hidden="true" focusable="false">
                {connections ? (
                  <g className={`connection connection--${entry.state}`}>
                    <line className="connection__line" x1={-12} y1={10} x2={12} y2={-10} />
                    <text className="connection__legend-badge" dy="0.35em" textAnchor="middle" fontSize={11}>
                      {entry.state === 'marked' ? '' : entry.badge}
                    </text>
                  </g>
                ) : (
                  <g className={`unit unit--${entry.state}`}>
                    <circle className="unit__body" r={10} />
                    <text className="unit__legend-badge" dy="0.35em" textAnchor="middle" fontSize={11}>
                      {entry.badge}
                    </text>
                  </g>
                )}
              </svg>
              <span data-export-text="">{t(entry.label)}</span>
            </li>
          ))}
      </ul>
    );
  }
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
