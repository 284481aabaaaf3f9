import { useShallow } from 'zustand/react/shallow';
import { focusOf, type LabState, panelKey, useLab, useTranslate } from '../state';
import { describeField } from './describeField';
import { currentField } from './panelField';

/** Selects, for one figure, the analyses and fields of its panels (stable while they do not change). */
function usePanelResults(figure: string, panels: readonly string[]) {
  const analyses = useLab(
    useShallow((state: LabState) => panels.map((panel) => state.analyses[panelKey(figure, panel)])),
  );
  const fields = useLab(
    useShallow((state: LabState) => panels.map((panel) => state.fields[panelKey(figure, panel)])),
  );
  return { analyses, fields };
}

/**
 * A polite live region that says, for every panel of a figure, what the focused unit sees and
 * reaches, or that nothing is selected.
 */
export function FieldAnnouncer(props: {
  figure: string;
  panels: readonly string[];
  extra?: string[];
  /** Also written into the figure's exports, as the playground's sentences are. */
  exported?: boolean;
  className?: string;
}) {
  const t = useTranslate();
  const focus = useLab((state) => focusOf(state.figures[props.figure]));
  const questionKind = useLab((state) => state.figures[props.figure].question?.kind);
  const asking = questionKind !== undefined;
  // A checked question shows its answer only: what its unit sees, or what it reaches.
  const direction = questionKind === 'field' || questionKind === 'reach' ? questionKind : 'both';
  const { analyses, fields } = usePanelResults(props.figure, props.panels);
  const sentences: string[] = [];
  if (focus) {
    analyses.forEach((analysis, position) => {
      const field = currentField(analysis, fields[position], focus);
      if (!analysis || !field) return;
      sentences.push(
        ...describeField(
          t,
          t(analysis.panel.title.key, analysis.panel.title.values),
          analysis.panel.letters,
          field,
          direction,
        ),
      );
    });
  }
  sentences.push(...(props.extra ?? []));
  // While a question is asked, its own status speaks until the answer (the unit's field) is shown.
  if (sentences.length === 0 && !asking) sentences.push(t('live.none'));
  return (
    <div
      className={`live ${props.className ?? ''}`}
      role="status"
      aria-live="polite"
      data-live=""
      data-live-active={focus ? '' : undefined}
    >
      {sentences.map((sentence) => (
        <p key={sentence} data-export-text={props.exported ? '' : undefined}>
          {sentence}
        </p>
      ))}
    </div>
  );
}
