import { max } from 'd3-array';
import { useCallback, useMemo } from 'react';
import { type LayerConnections, placeLayer } from '../engine';
import { unitName } from '../i18n';
import { networkSizes } from '../scenes';
import {
  answersOnLayer,
  EMPTY_ATTEMPT,
  focusOf,
  type PanelAnalysis,
  panelKey,
  type Selection,
  selectAnalysis,
  selectField,
  selectFigureSelection,
  selectHover,
  selectSelect,
  useLab,
  useTranslate,
} from '../state';
import { useScenes } from './FiguresContext';
import { graphHeight, type LayerRow, NOTE_ROOM } from './graphLayout';
import type { EdgeMarking } from './MarkableEdges';
import { drawnField } from './panelField';
import { panelAnswers, panelJudgement } from './predict/panelJudgement';
import { UnitGraph, type UnitMarking, type Verdict } from './UnitGraph';
import type { UnitState } from './UnitNode';
import { useVisibleField } from './useVisibleField';

/** Verdicts by key, from a panel's judgement; an empty map while a checked answer is on its way. */
function verdicts(judgement: ReturnType<typeof panelJudgement>['judgement']): Map<string, Verdict> {
  const map = new Map<string, Verdict>();
  for (const verdict of ['right', 'missed', 'extra'] as const)
    for (const key of judgement?.[verdict] ?? []) map.set(key, verdict);
  return map;
}

/**
 * Rows of a panel: each unit above the centre of its receptive field, as the engine places it
 * (u·S − P + (r − 1)/2; units of and above a dense layer spread evenly), so the drawing follows the maths.
 */
function panelRows(analysis: PanelAnalysis): LayerRow[] {
  return analysis.geometry.map((_, layer) => {
    const [placement] = placeLayer(analysis.geometry, layer);
    return {
      letter: analysis.panel.letters[layer] ?? 'z',
      positions: Array.from(
        { length: placement.count },
        (_, unit) => placement.first + unit * placement.step,
      ),
    };
  });
}

/** Props of one drawn panel of a figure. */
export interface FigurePanelProps {
  figure: string;
  panel: string;
  /** Drawn strong besides the field, e.g. every use of one weight. */
  emphasise?: (layer: number, edge: number) => boolean;
  unitNote?: (layer: number, index: number) => string | null;
  /** Each edge names its weight with a letter (as the book draws shared, tiled and local layers). */
  weightLetters?: boolean;
  /** Drawn with its title; false when the figure labels panels itself. */
  className?: string;
}

/** One network of a figure as a unit graph, wired to the figure's selection and hover. */
export function FigurePanel(props: FigurePanelProps) {
  const t = useTranslate();
  const scenes = useScenes();
  const key = panelKey(props.figure, props.panel);
  const analysis = useLab(selectAnalysis(key));
  const storedField = useLab(selectField(key));
  const selection = useLab(selectFigureSelection(props.figure));
  const focus = useLab((state) => focusOf(state.figures[props.figure]));
  const select = useLab(selectSelect);
  const hover = useLab(selectHover);
  const params = useLab((state) => state.figures[props.figure].params);
  const question = useLab((state) => state.figures[props.figure].question);
  const attempt = useLab((state) => (question ? state.figures[props.figure].attempt : EMPTY_ATTEMPT));
  const toggleMark = useLab((state) => state.toggleMark);
  // How many rows the graph will draw, known from the settings before the worker answers.
  const expectedRows = useMemo(() => {
    const spec = scenes
      .find((scene) => scene.id === props.figure)
      ?.panels(params)
      .find((panel) => panel.id === props.panel)?.spec;
    return (spec && networkSizes(spec)?.length) || 2;
  }, [params, props.figure, props.panel, scenes]);
  const rows = useMemo(() => (analysis ? panelRows(analysis) : null), [analysis]);
  const connections = useMemo(
    () => analysis?.connections.filter((item): item is LayerConnections => item !== null) ?? [],
    [analysis],
  );
  // The styled figures draw one-layer networks: their edge styles are the taps of that layer's
  // kernel. Found once per network, not on every hover (a dense layer has 65,536 taps).
  const taps = useMemo(() => (connections[0] ? (max(connections[0].taps) ?? 0) + 1 : 1), [connections]);
  const onSelect = useCallback(
    (next: Selection | null) => select(props.figure, next),
    [select, props.figure],
  );
  const onHover = useCallback((next: Selection | null) => hover(props.figure, next), [hover, props.figure]);
  const title = analysis ? t(analysis.panel.title.key, analysis.panel.title.values) : '';
  const describeUnit = useCallback(
    (layer: number, index: number, state: UnitState) => {
      if (!rows) return '';
      const total = rows[layer].positions.length;
      const parts = [
        unitName(rows[layer].letter, index),
        layer === 0
          ? t('unit.input', { index: index + 1, total })
          : t('unit.output', { index: index + 1, total, layer }),
      ];
      if (state === 'selected' && selection?.layer === layer && selection.index === index)
        parts.push(t('unit.selected'));
      if (state === 'receptive') parts.push(t('unit.inReceptiveField'));
      if (state === 'influence') parts.push(t('unit.inInfluence'));
      if (state === 'target') parts.push(t('predict.unit.target'));
      if (state === 'marked') parts.push(t('predict.unit.marked'));
      if (state === 'right' || state === 'missed' || state === 'extra')
        parts.push(t(`predict.unit.${state}`));
      return parts.join(t('live.listSeparator'));
    },
    [rows, t, selection],
  );
  // While a question is asked, marks replace the selection; once checked, each is judged.
  const judgement = useMemo(
    () => panelJudgement(question, attempt, analysis, storedField),
    [question, attempt, analysis, storedField],
  );
  const answering = question !== null && analysis !== undefined && panelAnswers(question, analysis);
  const marking = useMemo((): UnitMarking | undefined => {
    if (!question) return undefined;
    const unitQuestion = answering && question.kind !== 'weight';
    return {
      target: question.kind === 'weight' ? null : question.target,
      markableLayer: (layer) => unitQuestion && answersOnLayer(question, layer),
      marked: new Set(unitQuestion ? (attempt.marks[props.panel] ?? []) : []),
      judged: attempt.checked > 0 ? verdicts(judgement.judgement) : null,
      onToggle: (layer, index) => toggleMark(props.figure, props.panel, `${layer}:${index}`),
    };
  }, [question, answering, attempt, judgement, toggleMark, props.figure, props.panel]);
  const edgeMarking = useMemo((): EdgeMarking | undefined => {
    if (question?.kind !== 'weight' || !answering || !rows) return undefined;
    const [below, above] = [rows[question.target.layer - 1], rows[question.target.layer]];
    return {
      layer: question.target.layer,
      marked: new Set(attempt.marks[props.panel] ?? []),
      judged: attempt.checked > 0 ? verdicts(judgement.judgement) : null,
      onToggle: (key) => toggleMark(props.figure, props.panel, key),
      label: t('predict.connections'),
      describe: (output, input, marked, verdict) =>
        [
          t('predict.connection', {
            input: unitName(below.letter, input),
            output: unitName(above.letter, output),
          }),
          ...(marked && !verdict ? [t('predict.unit.marked')] : []),
          ...(verdict ? [t(`predict.unit.${verdict}`)] : []),
        ].join(t('live.listSeparator')),
    };
  }, [question, answering, rows, attempt, judgement, toggleMark, t, props.figure, props.panel]);
  // While asking, only a checked field or reach question shows its unit's field: the answer's side of it.
  const visibleField = useVisibleField(props.figure, props.panel);
  if (!analysis || !rows) {
    // The panel keeps the height its graph will have, so nothing below it moves when it arrives.
    const height = graphHeight(expectedRows, props.unitNote ? NOTE_ROOM : 0);
    return (
      <figure className={`panel ${props.className ?? ''}`} data-panel-pending={props.panel}>
        <figcaption aria-hidden="true">&nbsp;</figcaption>
        <p className="figure__loading" style={{ minHeight: `${height}px` }}>
          {t('figure.loading')}
        </p>
      </figure>
    );
  }
  const shown = drawnField(analysis, visibleField, focus);
  // Edges drawn in their weight's colour would answer a question about a weight's uses: plain until checked.
  const weightHidden = question?.kind === 'weight' && attempt.checked === 0;
  return (
    <figure className={`panel ${props.className ?? ''}`} data-panel={props.panel}>
      <figcaption data-export-text="">{title}</figcaption>
      <UnitGraph
        panelId={props.panel}
        label={t('panel.graphLabel', { panel: title, layers: rows.length })}
        rows={rows}
        connections={connections}
        field={shown?.field ?? null}
        selection={selection}
        focus={shown?.focus ?? null}
        onSelect={onSelect}
        onHover={onHover}
        describeUnit={describeUnit}
        edgeStyle={weightHidden ? 'plain' : analysis.panel.edgeStyle}
        taps={taps}
        emphasise={props.emphasise}
        unitNote={props.unitNote}
        weightLetters={props.weightLetters}
        marking={marking}
        edgeMarking={edgeMarking}
      />
    </figure>
  );
}
