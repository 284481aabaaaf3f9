import { max } from 'd3-array';
import { useCallback, useMemo } from 'react';
import { type LayerConnections, placeLayer } from '../engine';
import { unitName } from '../i18n';
import { networkSizes, sceneById } from '../scenes';
import {
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
import { graphHeight, type LayerRow, NOTE_ROOM } from './graphLayout';
import { drawnField } from './panelField';
import { UnitGraph } from './UnitGraph';
import type { UnitState } from './UnitNode';

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
  /** Drawn with its title; false when the figure labels panels itself. */
  className?: string;
}

/** One network of a figure as a unit graph, wired to the figure's selection and hover. */
export function FigurePanel(props: FigurePanelProps) {
  const t = useTranslate();
  const key = panelKey(props.figure, props.panel);
  const analysis = useLab(selectAnalysis(key));
  const storedField = useLab(selectField(key));
  const selection = useLab(selectFigureSelection(props.figure));
  const focus = useLab((state) => focusOf(state.figures[props.figure]));
  const select = useLab(selectSelect);
  const hover = useLab(selectHover);
  const params = useLab((state) => state.figures[props.figure].params);
  // How many rows the graph will draw, known from the settings before the worker answers.
  const expectedRows = useMemo(() => {
    const spec = sceneById(props.figure)
      ?.panels(params)
      .find((panel) => panel.id === props.panel)?.spec;
    return (spec && networkSizes(spec)?.length) || 2;
  }, [params, props.figure, props.panel]);
  const rows = useMemo(() => (analysis ? panelRows(analysis) : null), [analysis]);
  const connections = useMemo(
    () => analysis?.connections.filter((item): item is LayerConnections => item !== null) ?? [],
    [analysis],
  );
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
      return parts.join(t('live.listSeparator'));
    },
    [rows, t, selection],
  );
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
  const shown = drawnField(analysis, storedField, focus);
  // The styled figures draw one-layer networks: their edge styles are the taps of that layer's kernel.
  const taps = connections[0] ? (max(connections[0].taps) ?? 0) + 1 : 1;
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
        edgeStyle={analysis.panel.edgeStyle}
        taps={taps}
        emphasise={props.emphasise}
        unitNote={props.unitNote}
      />
    </figure>
  );
}
