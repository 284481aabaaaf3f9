import { useCallback, useId, useMemo } from 'react';
import type { LayerConnections, SpecIssue } from '../engine';
import { type MessageKey, type MessageValues, unitName } from '../i18n';
import { SPARSE_LAYER_LETTERS, SPARSE_TEXT } from '../scenes/sparse';
import {
  type PanelAnalysis,
  type PanelField,
  type PanelId,
  type Selection,
  selectConvAnalysis,
  selectConvField,
  selectDenseAnalysis,
  selectDenseField,
  selectIssues,
  selectionKey,
  selectSelect,
  selectSelection,
  useLab,
  useTranslate,
} from '../state';
import { CountsTable } from './CountsTable';
import { describeField } from './describeField';
import { FieldLegend } from './FieldLegend';
import type { LayerRow } from './graphLayout';
import { SparseControls } from './SparseControls';
import { type GraphField, UnitGraph } from './UnitGraph';
import type { UnitState } from './UnitNode';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The field to draw, only if it answers the current network and selection. */
function currentField(
  analysis: PanelAnalysis,
  field: PanelField | null,
  selection: Selection | null,
): GraphField | null {
  if (!field || !selection) return null;
  if (field.specKey !== analysis.specKey || field.selectionKey !== selectionKey(selection)) return null;
  return field;
}

function issueMessage(t: Translate, issue: SpecIssue): string {
  if (issue.code === 'windowLargerThanInput') return t('issue.windowLargerThanInput', issue.values);
  return t('issue.generic', { layer: issue.layer ?? 0, path: issue.path });
}

/** The rows of both panels: inputs at 0 … m − 1; each output above the centre of its receptive field. */
function figureRows(conv: PanelAnalysis): LayerRow[] {
  const [, outputs] = conv.geometry;
  const centre = (index: number) =>
    index * outputs.effectiveStride[0] - outputs.effectivePadding[0] + (outputs.receptiveField[0] - 1) / 2;
  return [
    {
      letter: SPARSE_LAYER_LETTERS[0],
      positions: Array.from({ length: conv.sizes[0][0] }, (_, index) => index),
    },
    {
      letter: SPARSE_LAYER_LETTERS[1],
      positions: Array.from({ length: conv.sizes[1][0] }, (_, index) => centre(index)),
    },
  ];
}

interface PanelProps {
  panel: PanelId;
  title: string;
  rows: LayerRow[];
  analysis: PanelAnalysis;
  field: GraphField | null;
}

function Panel(props: PanelProps) {
  const t = useTranslate();
  const selection = useLab(selectSelection);
  const select = useLab(selectSelect);
  const { rows } = props;
  const connections = useMemo(
    () => props.analysis.connections.filter((item): item is LayerConnections => item !== null),
    [props.analysis],
  );
  const describeUnit = useCallback(
    (layer: number, index: number, state: UnitState) => {
      const total = rows[layer].positions.length;
      const parts = [
        unitName(rows[layer].letter, index),
        t(layer === 0 ? 'unit.input' : 'unit.output', { index: index + 1, total }),
      ];
      if (state === 'selected') parts.push(t('unit.selected'));
      if (state === 'receptive') parts.push(t('unit.inReceptiveField'));
      if (state === 'influence') parts.push(t('unit.inInfluence'));
      return parts.join(t('live.listSeparator'));
    },
    [rows, t],
  );
  return (
    <figure className="panel" data-panel={props.panel}>
      <figcaption>{props.title}</figcaption>
      <UnitGraph
        panelId={props.panel}
        label={t('sparse.graph.label', {
          panel: props.title,
          inputs: rows[0].positions.length,
          outputs: rows[1].positions.length,
        })}
        rows={rows}
        connections={connections}
        field={props.field}
        selection={selection}
        onSelect={select}
        describeUnit={describeUnit}
      />
    </figure>
  );
}

/** Figs. 9.2 and 9.3 as one figure: a convolution and a dense layer side by side, selection shared. */
export function SparseFigure() {
  const t = useTranslate();
  const headingId = useId();
  const conv = useLab(selectConvAnalysis);
  const dense = useLab(selectDenseAnalysis);
  const convField = useLab(selectConvField);
  const denseField = useLab(selectDenseField);
  const selection = useLab(selectSelection);
  const issues = useLab(selectIssues);
  const rows = useMemo(() => (conv ? figureRows(conv) : null), [conv]);
  const fields = {
    conv: conv ? currentField(conv, convField, selection) : null,
    dense: dense ? currentField(dense, denseField, selection) : null,
  };
  const kernel = conv ? JSON.parse(conv.specKey).layers[0].kernel : 0;
  const announcements =
    selection && fields.conv && fields.dense
      ? [
          describeField(t, t('live.panel.conv'), SPARSE_LAYER_LETTERS, selection, fields.conv),
          describeField(t, t('live.panel.dense'), SPARSE_LAYER_LETTERS, selection, fields.dense),
        ]
      : [t('live.none')];
  return (
    <section id="figure-sparse" className="figure" data-figure="sparse" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(SPARSE_TEXT.heading)}</h2>
      <p className="caption">{t(SPARSE_TEXT.caption)}</p>
      <SparseControls />
      {issues.length > 0 && (
        <div className="figure__issue" role="alert" data-issue={issues[0].code}>
          <p>{issueMessage(t, issues[0])}</p>
          <p>{t('figure.stale')}</p>
        </div>
      )}
      <p className="hint">{t('sparse.hint')}</p>
      {conv && dense && rows ? (
        <div className={`panels${issues.length > 0 ? ' panels--stale' : ''}`}>
          <Panel
            panel="conv"
            title={t('sparse.panel.conv', { kernel })}
            rows={rows}
            analysis={conv}
            field={fields.conv}
          />
          <Panel
            panel="dense"
            title={t('sparse.panel.dense')}
            rows={rows}
            analysis={dense}
            field={fields.dense}
          />
        </div>
      ) : (
        <p className="figure__loading">{t('figure.loading')}</p>
      )}
      <FieldLegend />
      <div className="live" role="status" aria-live="polite" data-live="">
        {announcements.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <p className="note">{t(SPARSE_TEXT.note)}</p>
      <CountsTable />
    </section>
  );
}
