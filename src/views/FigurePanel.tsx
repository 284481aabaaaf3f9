import { useCallback, useMemo } from 'react';
import type { LayerConnections } from '../engine';
import { unitName } from '../i18n';
import {
  focusOf,
  type PanelAnalysis,
  type PanelField,
  panelKey,
  type Selection,
  sameUnit,
  selectAnalysis,
  selectField,
  selectFigureSelection,
  selectHover,
  selectSelect,
  useLab,
  useTranslate,
} from '../state';
import type { LayerRow } from './graphLayout';
import { type GraphField, UnitGraph } from './UnitGraph';
import type { UnitState } from './UnitNode';

/** The field to draw, only if it answers the drawn network and the focused unit. */
export function currentField(
  analysis: PanelAnalysis | undefined,
  field: PanelField | null | undefined,
  focus: Selection | null,
): GraphField | null {
  if (!analysis || !field || !focus) return null;
  if (field.specKey !== analysis.specKey || !sameUnit(field.focus, focus)) return null;
  return field;
}

/**
 * What a panel draws for a focused unit: the traced field of the drawn network, with the unit it
 * answers. While the field of a newly focused unit is on its way from the worker, the previous
 * field stays (at pointer speed that is one frame), so units do not all flash to faded and back.
 */
function drawnField(
  analysis: PanelAnalysis,
  field: PanelField | null | undefined,
  focus: Selection | null,
): { field: GraphField | null; focus: Selection } | null {
  if (!focus) return null;
  if (!field || field.specKey !== analysis.specKey) return { field: null, focus };
  return { field, focus: field.focus };
}

/**
 * Rows of a panel: inputs at 0 … m − 1, each unit of a higher layer above the centre of its
 * receptive field (u·S − P + (r − 1)/2, from the engine's geometry), so the drawing follows the maths.
 */
function panelRows(analysis: PanelAnalysis): LayerRow[] {
  return analysis.geometry.map((layer, index) => {
    const [size] = layer.size;
    const letter = analysis.panel.letters[index] ?? 'z';
    if (index === 0) return { letter, positions: Array.from({ length: size }, (_, unit) => unit) };
    const [stride] = layer.effectiveStride;
    const [padding] = layer.effectivePadding;
    const [field] = layer.receptiveField;
    const inputs = analysis.geometry[0].size[0];
    return {
      letter,
      positions: Array.from({ length: size }, (_, unit) =>
        // A dense layer (stride 0) spreads its units evenly over the input instead.
        stride === 0 ? ((unit + 0.5) * inputs) / size - 0.5 : unit * stride - padding + (field - 1) / 2,
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
  if (!analysis || !rows) return <p className="figure__loading">{t('figure.loading')}</p>;
  const shown = drawnField(analysis, storedField, focus);
  // Weight ids count taps of the first layer's kernel; the styled figures draw one-layer networks.
  const firstLayer = analysis.panel.spec.layers[0];
  const kernel =
    firstLayer && 'kernel' in firstLayer && typeof firstLayer.kernel === 'number' ? firstLayer.kernel : 1;
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
        taps={kernel}
        flipKernel={analysis.panel.flipKernel}
        emphasise={props.emphasise}
        unitNote={props.unitNote}
      />
    </figure>
  );
}
