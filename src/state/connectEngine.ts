import { unitPosition } from '../engine';
import type { FigureRegistry, SceneDefinition } from '../scenes';
import { type EngineClient, isStaleRequest } from '../worker';
import type { LabStore } from './createLabStore';
import type { FigureState } from './figureSlice';
import { type FigureComputed, type PanelAnalysis, type PanelField, panelKey } from './resultsSlice';
import { type Selection, selectionKey } from './selection';

/**
 * The unit whose field a figure shows: the hovered one while the pointer is on it, else the
 * selected one. While the figure asks a question, none until the student checks; then, for a
 * question about a field or a reach, the question's unit (its field is the answer).
 */
export function focusOf(figure: FigureState): Selection | null {
  const { question } = figure;
  if (!question) return figure.hover ?? figure.selection;
  const traced = question.kind === 'field' || question.kind === 'reach';
  return traced && figure.attempt.checked > 0 ? question.target : null;
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
    if (scene.tracedByView) return;
    const { params } = store.getState().figures[scene.id];
    const panels = scene.panels(params);
    // A network travels to the worker as its JSON text, which also tags every answer about it.
    const specKeys = panels.map((panel) => JSON.stringify(panel.spec));
    const answers = await Promise.all(
      panels.map((panel, position) =>
        client.request(
          'analyze',
          {
            specJson: specKeys[position],
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
      specKey: specKeys[position],
      panel,
    }));
    const state = store.getState();
    const previous =
      analyses.length > 0 ? state.analyses[panelKey(scene.id, panels[0].id)]?.sizes : undefined;
    state.receiveAnalyses(scene.id, analyses);
    if (analyses.length > 0) state.fitSelection(scene.id, analyses[0].sizes, previous);
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

  /** What each figure's latest trace asks for: the unit and the networks, as one key. */
  const tracing = new Map<string, string>();

  async function trace(scene: SceneDefinition): Promise<void> {
    const focus = focusOf(store.getState().figures[scene.id]);
    const analyses = analysedPanels(scene);
    if (!focus || analyses.length === 0) {
      tracing.delete(scene.id);
      store
        .getState()
        .receiveFields(scene.id, Object.fromEntries(analyses.map((analysis) => [analysis.panel.id, null])));
      return;
    }
    // A click on the unit under the pointer asks again for the field its hover asked for: the
    // answer on its way (or already in the store) is that field, so it is not traced twice.
    const key = `${selectionKey(focus)}|${analyses.map((analysis) => analysis.specKey).join('|')}`;
    if (tracing.get(scene.id) === key) return;
    tracing.set(scene.id, key);
    const forget = (error: unknown) => {
      if (tracing.get(scene.id) === key) tracing.delete(scene.id);
      throw error;
    };
    const answers = await Promise.all(
      analyses.map((analysis) =>
        client.request(
          'trace',
          {
            specJson: analysis.specKey,
            layer: focus.layer,
            unit: unitPosition(analysis.sizes[focus.layer], focus.index),
          },
          { lane: `trace:${panelKey(scene.id, analysis.panel.id)}` },
        ),
      ),
    ).catch(forget);
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
