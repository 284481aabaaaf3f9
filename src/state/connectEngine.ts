import { SCENES, type SceneDefinition } from '../scenes';
import { type EngineClient, isStaleRequest } from '../worker';
import type { LabStore } from './createLabStore';
import type { FigureState } from './figureSlice';
import { type FigureComputed, type PanelAnalysis, type PanelField, panelKey } from './resultsSlice';
import type { Selection } from './selection';

/** The unit whose field a figure shows: the hovered one while the pointer is on it, else the selected one. */
export function focusOf(figure: FigureState): Selection | null {
  return figure.hover ?? figure.selection;
}

/**
 * Keeps the store's results in step with the settings, selection and hover of the figures on the
 * page (all of them, or the one an embed shows): each change becomes worker requests (the latest
 * of each lane wins) and answers land in the store tagged with what they answer. Returns a
 * function that disconnects.
 */
export function connectEngine(
  store: LabStore,
  client: EngineClient,
  scenes: readonly SceneDefinition[] = SCENES,
): () => void {
  // The panels each figure's analyses were made for, so tracing need not build them again.
  const analysedPanels = new Map<string, PanelAnalysis[]>();
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
          { spec: panel.spec, withConnections: panel.drawn !== false },
          { lane: `analyze:${panelKey(scene.id, panel.id)}` },
        ),
      ),
    );
    const state = store.getState();
    const failed = answers.find((answer) => !answer.ok);
    if (failed && !failed.ok) {
      store.setState({ issues: { ...state.issues, [scene.id]: failed.issues } });
      return;
    }
    const panelAnalyses: PanelAnalysis[] = panels.map((panel, position) => ({
      ...(answers[position] as Extract<(typeof answers)[number], { ok: true }>),
      specKey: JSON.stringify(panel.spec),
      panel,
    }));
    analysedPanels.set(scene.id, panelAnalyses);
    const analyses = { ...state.analyses };
    for (const analysis of panelAnalyses) analyses[panelKey(scene.id, analysis.panel.id)] = analysis;
    // Keep the selection on a unit that still exists: the nearest one on the same layer.
    const figure = state.figures[scene.id];
    let selection = figure.selection;
    const first = panelAnalyses[0];
    if (selection && first) {
      const layerSizes = first.sizes;
      if (selection.layer >= layerSizes.length) selection = null;
      else {
        const last = layerSizes[selection.layer].reduce((a, b) => a * b, 1) - 1;
        if (selection.index > last) selection = { layer: selection.layer, index: last };
      }
    }
    store.setState({
      analyses,
      issues: { ...state.issues, [scene.id]: [] },
      figures:
        selection === figure.selection
          ? state.figures
          : { ...state.figures, [scene.id]: { ...figure, selection, hover: null } },
    });
    await trace(scene);
  }

  async function trace(scene: SceneDefinition): Promise<void> {
    const focus = focusOf(store.getState().figures[scene.id]);
    const analyses = analysedPanels.get(scene.id) ?? [];
    if (!focus || analyses.length === 0) {
      const fields = { ...store.getState().fields };
      for (const analysis of analyses) fields[panelKey(scene.id, analysis.panel.id)] = null;
      store.setState({ fields });
      return;
    }
    const size = analyses[0].sizes[focus.layer];
    const unit = size.length === 2 ? [Math.floor(focus.index / size[1]), focus.index % size[1]] : focus.index;
    const traceOne = (analysis: PanelAnalysis, direction: 'receptive' | 'influence') =>
      client.request(
        'trace',
        { spec: analysis.panel.spec, layer: focus.layer, unit, direction },
        { lane: `trace:${panelKey(scene.id, analysis.panel.id)}:${direction}` },
      );
    // A unit inside a stack has both a field below and an influence above: trace both at once.
    const answers = await Promise.all(
      analyses.map((analysis) =>
        Promise.all([
          focus.layer > 0 ? traceOne(analysis, 'receptive') : null,
          focus.layer < analysis.sizes.length - 1 ? traceOne(analysis, 'influence') : null,
        ]),
      ),
    );
    const fields = { ...store.getState().fields };
    analyses.forEach((analysis, position) => {
      const [receptive, influence] = answers[position];
      const field: PanelField = {
        specKey: analysis.specKey,
        focus,
        masks: analysis.sizes.map((_, layer) => {
          if (receptive?.ok && layer <= focus.layer) return receptive.masks[layer];
          if (influence?.ok && layer >= focus.layer) return influence.masks[layer];
          return new Uint8Array(0);
        }),
      };
      fields[panelKey(scene.id, analysis.panel.id)] = field;
    });
    store.setState({ fields });
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
    store.setState((state) => ({ computed: { ...state.computed, [scene.id]: computed } }));
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.figures === previous.figures) return;
    for (const scene of scenes) {
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
  for (const scene of scenes) {
    analyze(scene).catch(report);
    compute(scene).catch(report);
  }
  return unsubscribe;
}
