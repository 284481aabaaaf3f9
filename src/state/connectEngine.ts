import type { FigureRegistry, SceneDefinition } from '../scenes';
import { type EngineClient, isStaleRequest } from '../worker';
import type { LabStore } from './createLabStore';
import type { FigureState } from './figureSlice';
import { type FigureComputed, type PanelAnalysis, type PanelField, panelKey } from './resultsSlice';
import type { Selection } from './selection';

/** The unit whose field a figure shows: the hovered one while the pointer is on it, else the selected one. */
export function focusOf(figure: FigureState): Selection | null {
  return figure.hover ?? figure.selection;
}

/** A row-major unit index as the engine's unit position: an index in 1D, `[row, col]` in 2D. */
function unitPosition(size: readonly number[], index: number): number | number[] {
  return size.length === 2 ? [Math.floor(index / size[1]), index % size[1]] : index;
}

/**
 * Keeps the store's results in step with the settings, selection and hover of the figures of
 * `registry` (all of a page's, or the one an embed shows): each change becomes worker requests (the
 * latest of each lane wins) and answers land in the store, through its actions, tagged with what
 * they answer. Returns a function that disconnects.
 */
export function connectEngine(store: LabStore, client: EngineClient, registry: FigureRegistry): () => void {
  const report = (error: unknown) => {
    if (isStaleRequest(error)) return;
    store.getState().pushNotices([
      {
        key: 'notice.worker.failed',
        values: { message: error instanceof Error ? error.message : String(error) },
      },
    ]);
  };

  async function analyze(scene: SceneDefinition): Promise<void> {
    const { params } = store.getState().figures[scene.id];
    const panels = scene.panels(params);
    const answers = await Promise.all(
      panels.map((panel) =>
        client.request(
          'analyze',
          {
            spec: panel.spec,
            withConnections: panel.connections !== false,
            flipKernel: panel.flipKernel === true,
          },
          { lane: `analyze:${panelKey(scene.id, panel.id)}` },
        ),
      ),
    );
    const failed = answers.find((answer) => !answer.ok);
    if (failed && !failed.ok) {
      store.getState().receiveIssues(scene.id, failed.issues);
      return;
    }
    const analyses: PanelAnalysis[] = panels.map((panel, position) => ({
      ...(answers[position] as Extract<(typeof answers)[number], { ok: true }>),
      specKey: JSON.stringify(panel.spec),
      panel,
    }));
    const state = store.getState();
    state.receiveAnalyses(scene.id, analyses);
    if (analyses.length > 0) state.fitSelection(scene.id, analyses[0].sizes);
    await trace(scene);
  }

  /** The analyses in the store of the panels a figure draws now. */
  function analysedPanels(scene: SceneDefinition): PanelAnalysis[] {
    const state = store.getState();
    return scene
      .panels(state.figures[scene.id].params)
      .map((panel) => state.analyses[panelKey(scene.id, panel.id)])
      .filter((analysis): analysis is PanelAnalysis => analysis !== undefined);
  }

  async function trace(scene: SceneDefinition): Promise<void> {
    const focus = focusOf(store.getState().figures[scene.id]);
    const analyses = analysedPanels(scene);
    if (!focus || analyses.length === 0) {
      store
        .getState()
        .receiveFields(scene.id, Object.fromEntries(analyses.map((analysis) => [analysis.panel.id, null])));
      return;
    }
    const answers = await Promise.all(
      analyses.map((analysis) =>
        client.request(
          'trace',
          {
            spec: analysis.panel.spec,
            layer: focus.layer,
            unit: unitPosition(analysis.sizes[focus.layer], focus.index),
          },
          { lane: `trace:${panelKey(scene.id, analysis.panel.id)}` },
        ),
      ),
    );
    const fields: Record<string, PanelField | null> = {};
    analyses.forEach((analysis, position) => {
      const answer = answers[position];
      fields[analysis.panel.id] = answer.ok
        ? { specKey: analysis.specKey, focus, masks: answer.masks }
        : null;
    });
    store.getState().receiveFields(scene.id, fields);
  }

  async function compute(scene: SceneDefinition): Promise<void> {
    const { params } = store.getState().figures[scene.id];
    const computation = scene.computation?.(params);
    if (!computation) return;
    const key = JSON.stringify(params);
    const lane = { lane: `compute:${scene.id}` };
    const computed: FigureComputed =
      computation.kind === 'equivariance'
        ? {
            key,
            kind: computation.kind,
            result: await client.request(computation.kind, computation.payload, lane),
          }
        : {
            key,
            kind: computation.kind,
            result: await client.request(computation.kind, computation.payload, lane),
          };
    store.getState().receiveComputed(scene.id, computed);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.figures === previous.figures) return;
    for (const scene of registry) {
      const now = state.figures[scene.id];
      const before = previous.figures[scene.id];
      if (now === before) continue;
      if (now.params !== before.params) {
        analyze(scene).catch(report);
        compute(scene).catch(report);
      } else if (focusOf(now) !== focusOf(before)) {
        trace(scene).catch(report);
      }
    }
  });
  for (const scene of registry) {
    analyze(scene).catch(report);
    compute(scene).catch(report);
  }
  return unsubscribe;
}
