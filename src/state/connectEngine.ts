import { SCENES, type SceneDefinition } from '../scenes';
import { type EngineClient, isStaleRequest } from '../worker';
import type { LabStore } from './createLabStore';
import type { FigureState } from './figureSlice';
import { type FigureComputed, type PanelAnalysis, type PanelField, panelKey } from './resultsSlice';
import { type Selection, selectionKey } from './selection';

/** The unit whose field a figure shows: the hovered one while the pointer is on it, else the selected one. */
export function focusOf(figure: FigureState): Selection | null {
  return figure.hover ?? figure.selection;
}

/**
 * Keeps the store's results in step with every figure's settings, selection and hover: each change
 * becomes worker requests (the latest of each lane wins) and answers land in the store tagged with
 * what they answer. Returns a function that disconnects.
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
    const analyses = { ...state.analyses };
    panels.forEach((panel, position) => {
      analyses[panelKey(scene.id, panel.id)] = {
        ...(answers[position] as Extract<(typeof answers)[number], { ok: true }>),
        specKey: JSON.stringify(panel.spec),
        panel,
      };
    });
    // Keep the selection on a unit that still exists: the nearest one on the same layer.
    const figure = state.figures[scene.id];
    let selection = figure.selection;
    const first = panels[0] && analyses[panelKey(scene.id, panels[0].id)];
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
    const state = store.getState();
    const focus = focusOf(state.figures[scene.id]);
    const panels = scene.panels(state.figures[scene.id].params);
    const analyses = panels.map(
      (panel) => state.analyses[panelKey(scene.id, panel.id)] as PanelAnalysis | undefined,
    );
    if (!focus || analyses.some((analysis) => !analysis) || panels.length === 0) {
      const fields = { ...state.fields };
      for (const panel of panels) fields[panelKey(scene.id, panel.id)] = null;
      store.setState({ fields });
      return;
    }
    const traceOne = (spec: unknown, kind: 'receptive' | 'influence', lane: string) => {
      const size = (analyses[0] as PanelAnalysis).sizes[focus.layer];
      const unit =
        size.length === 2 ? [Math.floor(focus.index / size[1]), focus.index % size[1]] : focus.index;
      return client.request('trace', { spec, layer: focus.layer, unit, direction: kind }, { lane });
    };
    const answers = await Promise.all(
      panels.map(async (panel, position) => {
        const analysis = analyses[position] as PanelAnalysis;
        const spec = JSON.parse(analysis.specKey);
        const lane = `trace:${panelKey(scene.id, panel.id)}`;
        const top = analysis.sizes.length - 1;
        // A unit inside the stack has both a field below and an influence above; combine them.
        const receptive = focus.layer > 0 ? await traceOne(spec, 'receptive', `${lane}:receptive`) : null;
        const influence = focus.layer < top ? await traceOne(spec, 'influence', `${lane}:influence`) : null;
        return { analysis, receptive, influence };
      }),
    );
    const fields = { ...store.getState().fields };
    panels.forEach((panel, position) => {
      const { analysis, receptive, influence } = answers[position];
      const field: PanelField = {
        specKey: analysis.specKey,
        selectionKey: selectionKey(focus),
        focusLayer: focus.layer,
        masks: analysis.sizes.map((_, layer) => {
          if (receptive?.ok && layer <= focus.layer) return receptive.masks[layer];
          if (influence?.ok && layer >= focus.layer) return influence.masks[layer];
          return new Uint8Array(0);
        }),
      };
      fields[panelKey(scene.id, panel.id)] = field;
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
    for (const scene of SCENES) {
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
  for (const scene of SCENES) {
    analyze(scene).catch(report);
    compute(scene).catch(report);
  }
  return unsubscribe;
}
