import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { FIGURES, SCENES } from './figures';
import { detectLanguage } from './i18n';
import { reloadIntoNewVersion } from './reloadIntoNewVersion';
import {
  connectEngine,
  connectUrl,
  createLabStore,
  decodeUrlState,
  type EngineAccess,
  EngineContext,
  LabStoreContext,
  takeNoticesKeptForReload,
} from './state';
import { preloadFigureBody } from './views/figureBodies';
import { loadQuestionPanel } from './views/predict/QuestionBar';
import { applyPageTheme, printInLight } from './views/theme';
import { createEngineClient } from './worker';
import './styles.css';

// Offline after the first visit: the built lab's service worker, when the lab is its own page.
// Framed in a course page, a browser may refuse it a worker of its own; the lab works online then.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.parent === window) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Without it the lab still works, online.
    });
  });
}

const { state, notices } = decodeUrlState(window.location.search, SCENES);
// Coloured before the first paint: an embed in a light course page asks for light.
applyPageTheme(state.theme ?? 'auto');
printInLight();
const store = createLabStore(SCENES, state, detectLanguage(navigator.languages ?? [navigator.language]));
// Notices the page before a reload kept for this one come first, as they came first.
store.getState().pushNotices([...takeNoticesKeptForReload(location.href), ...notices]);
reloadIntoNewVersion(store);
const client = createEngineClient({
  onWorkerReplaced: (reason) =>
    store
      .getState()
      .pushNotices([{ key: reason === 'hung' ? 'notice.worker.hung' : 'notice.worker.crashed', values: {} }]),
});
// An embed shows one figure: only that one is computed, and its code is fetched at once.
const embedded = FIGURES.find((figure) => figure.scene.id === state.embed);
if (embedded) {
  preloadFigureBody(embedded);
  // Set before the first paint: the embed's narrower margins must not move it afterwards.
  document.body.classList.add('embedded');
  if (state.view === 'figure') document.documentElement.classList.add('slide-view');
}
connectEngine(store, client, embedded ? [embedded.scene] : SCENES);
connectUrl(store, SCENES, window.location, window.history);
const engine: EngineAccess = { client, spawn: () => createEngineClient() };

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">.');
const draw = () =>
  createRoot(root).render(
    <StrictMode>
      <LabStoreContext.Provider value={store}>
        <EngineContext.Provider value={engine}>
          <App />
        </EngineContext.Provider>
      </LabStoreContext.Provider>
    </StrictMode>,
  );
// A link that asks a question has the question's code (and texts) before anything is drawn; if
// the code cannot be fetched the figures open anyway, and the question shows once it arrives.
if (Object.values(state.figures).some((figure) => figure.question)) loadQuestionPanel().then(draw, draw);
else draw();
