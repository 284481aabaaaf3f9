import type { SpecIssue } from '../engine';
import { type SparseFigureParams, sparseConvSpec, sparseDenseSpec } from '../scenes/sparse';
import { type EngineClient, isStaleRequest } from '../worker';
import type { LabStore } from './createLabStore';
import type { PanelAnalysis, PanelField, PanelId } from './resultsSlice';
import { selectionKey } from './selection';

const PANELS: PanelId[] = ['conv', 'dense'];

/**
 * Keeps the store's results in step with its settings and selection: each change becomes a worker
 * request, the latest of each lane wins, and answers land in the store tagged with what they answer.
 * Returns a function that disconnects.
 */
export function connectEngine(store: LabStore, client: EngineClient): () => void {
  const report = (error: unknown) => {
    if (isStaleRequest(error)) return;
    store.getState().pushNotices([
      {
        key: 'notice.worker.failed',
        values: { message: error instanceof Error ? error.message : String(error) },
      },
    ]);
  };

  async function analyze(params: SparseFigureParams): Promise<void> {
    const convSpec = sparseConvSpec(params);
    const conv = await client.request(
      'analyze',
      { spec: convSpec, withConnections: true },
      { lane: 'analyze:conv' },
    );
    if (!conv.ok) return showIssues(conv.issues);
    const denseSpec = sparseDenseSpec(params, conv.sizes[1][0]);
    const dense = await client.request(
      'analyze',
      { spec: denseSpec, withConnections: true },
      { lane: 'analyze:dense' },
    );
    if (!dense.ok) return showIssues(dense.issues);
    const analyses: Record<PanelId, PanelAnalysis> = {
      conv: { ...conv, specKey: JSON.stringify(convSpec) },
      dense: { ...dense, specKey: JSON.stringify(denseSpec) },
    };
    const { selection } = store.getState();
    // Keep the selection on a unit that still exists: the nearest one on the same layer.
    const lastIndex = selection ? analyses.conv.sizes[selection.layer][0] - 1 : 0;
    const clamped =
      selection && selection.index > lastIndex ? { layer: selection.layer, index: lastIndex } : selection;
    store.setState({ analyses, issues: [], selection: clamped });
    await trace();
  }

  function showIssues(issues: SpecIssue[]): void {
    store.getState().setIssues(issues);
  }

  async function trace(): Promise<void> {
    const { selection, analyses } = store.getState();
    if (!selection || !analyses.conv || !analyses.dense) {
      store.setState({ fields: { conv: null, dense: null } });
      return;
    }
    const direction = selection.layer === 0 ? 'influence' : 'receptive';
    const answers = await Promise.all(
      PANELS.map((panel) => {
        const analysis = analyses[panel] as PanelAnalysis;
        return client.request(
          'trace',
          { spec: JSON.parse(analysis.specKey), layer: selection.layer, unit: selection.index, direction },
          { lane: `trace:${panel}` },
        );
      }),
    );
    const fields = {} as Record<PanelId, PanelField | null>;
    PANELS.forEach((panel, position) => {
      const answer = answers[position];
      const analysis = analyses[panel] as PanelAnalysis;
      fields[panel] = answer.ok
        ? { specKey: analysis.specKey, selectionKey: selectionKey(selection), direction, masks: answer.masks }
        : null;
    });
    store.setState({ fields });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.params !== previous.params) analyze(state.params).catch(report);
    else if (state.selection !== previous.selection) trace().catch(report);
  });
  analyze(store.getState().params).catch(report);
  return unsubscribe;
}
