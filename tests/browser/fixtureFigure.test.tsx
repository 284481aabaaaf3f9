import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../src/App';
import { traceReceptiveField } from '../../src/engine';
import { defineFigure, FIGURES } from '../../src/figures';
import {
  connectEngine,
  createLabStore,
  decodeUrlState,
  EngineContext,
  encodeUrlState,
  LabStoreContext,
} from '../../src/state';
import { FiguresContext } from '../../src/views/FiguresContext';
import { createEngineClient } from '../../src/worker';
import { DilatedBody } from './fixtures/dilatedFigure/DilatedBody';
import { dilatedEn, dilatedZh } from './fixtures/dilatedFigure/messages';
import { dilatedScene } from './fixtures/dilatedFigure/scene';
import { createStrictRoot } from './strictRoot';
import { waitFor } from './waitFor';

// The architecture page's "Adding a figure", followed by the tests: a figure of three files (its
// scene, messages and drawing) and one registry entry, shown by the lab as any of its own.
const dilatedFigure = defineFigure({
  scene: dilatedScene,
  messages: { en: dilatedEn, zh: dilatedZh },
  loadBody: async () => DilatedBody,
});
const REGISTRY = [FIGURES[0], dilatedFigure];
const SCENES = REGISTRY.map((figure) => figure.scene);

test('a figure registered by a test is drawn, computed, selected, linked and translated like the lab’s own', async () => {
  // A link sets its dilation to 3: the field of a unit on top skips an input.
  const { state, notices } = decodeUrlState('?dilated.dilation=3', SCENES);
  expect(notices).toEqual([]);
  expect(state.figures.dilated.params).toEqual({ inputLength: 12, dilation: 3 });
  const store = createLabStore(SCENES, { ...state, language: 'en' }, 'en');
  const client = createEngineClient();
  const disconnect = connectEngine(store, client, SCENES);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createStrictRoot(container);
  root.render(
    <LabStoreContext.Provider value={store}>
      <EngineContext.Provider value={{ client, spawn: createEngineClient }}>
        <FiguresContext.Provider value={REGISTRY}>
          <App />
        </FiguresContext.Provider>
      </EngineContext.Provider>
    </LabStoreContext.Provider>,
  );
  try {
    const figure = () => container.querySelector('[data-figure="dilated"]') as HTMLElement;
    // Its section comes after the first figure's; its drawing is fetched as it nears the viewport.
    await waitFor(() => Boolean(figure()));
    figure().scrollIntoView();
    await waitFor(() => Boolean(figure().querySelector('svg[data-panel="stack"] [data-unit]')));
    expect(figure().querySelector('h2')?.textContent).toContain('Dilated layers (a test figure)');
    // 12 inputs; kernel 2 gives 11; kernel 2 with dilation 3 spans 4, so 11 − 3 = 8 on top.
    const units = (layer: number) =>
      figure().querySelectorAll(`svg[data-panel="stack"] [data-unit^="${layer}:"]`);
    expect([units(0).length, units(1).length, units(2).length]).toEqual([12, 11, 8]);

    // Selecting s₁ marks the engine's receptive field: h₁, h₄ and x₁, x₂, x₄, x₅ (x₃ is skipped).
    await userEvent.click(figure().querySelector('[data-unit="2:0"]') as Element);
    const expected = traceReceptiveField(
      dilatedScene.panels(state.figures.dilated.params as typeof dilatedScene.defaults)[0].spec,
      2,
      0,
    )
      .flatMap((mask, layer) => [...mask].flatMap((marked, index) => (marked ? [`${layer}:${index}`] : [])))
      .filter((key) => key !== '2:0');
    expect(expected).toEqual(['0:0', '0:1', '0:3', '0:4', '1:0', '1:3']);
    await waitFor(() => figure().querySelectorAll('[data-field="receptive"]').length === expected.length);
    const marked = [...figure().querySelectorAll('[data-field="receptive"]')].map((node) =>
      node.getAttribute('data-unit'),
    );
    expect(marked.sort()).toEqual(expected);

    // The link writes what differs from its defaults, and reads back to the same state.
    const link = encodeUrlState(store.getState(), SCENES);
    expect(link).toContain('dilated.dilation=3');
    expect(link).toContain('dilated.sel=2:0');
    expect(decodeUrlState(link, SCENES).state.figures.dilated).toMatchObject({
      params: { inputLength: 12, dilation: 3 },
      selection: { layer: 2, index: 0 },
    });

    // Its messages come with its definition, in both languages.
    store.getState().setLanguage('zh');
    await waitFor(
      () => figure().querySelector('h2')?.textContent?.includes('空洞卷积层（测试用图）') === true,
    );
  } finally {
    root.unmount();
    container.remove();
    disconnect();
    client.dispose();
  }
});
