import type { FigureRegistry } from '../scenes';
import type { LabStore } from './createLabStore';
import type { LabState } from './labState';
import { encodeUrlState, type UrlState } from './urlCodec';

/** The part of the store a link carries. */
export function urlStateOf(state: LabState): UrlState {
  return {
    figures: Object.fromEntries(
      Object.entries(state.figures).map(([id, figure]) => [
        id,
        { params: figure.params, selection: figure.selection, question: figure.question },
      ]),
    ),
    // A link carries the language it was made in, so whoever opens it reads the same figure.
    language: state.language,
    embed: state.embed,
    theme: state.theme,
    view: state.view,
  };
}

/** How long the address bar waits for a burst of changes (clicks, a slider) to settle, in milliseconds. */
const WRITE_DELAY = 120;

/**
 * Mirrors the settings and selection of the figures of `registry`, the language and the colours
 * into the address bar (replacing history), with the figure changed last as its fragment
 * (`#figure-deep`), so a copied link opens at it. On connecting, the link the page was opened with is rewritten
 * at once to its canonical form (repaired values, one spelling of each), so a reload or a copy
 * does not bring back what was repaired. Later changes are written once a burst of them settles,
 * so writing the link never delays the figure's answer to a click; a pending write is made at once
 * when the page is hidden. Returns a function that disconnects.
 */
export function connectUrl(
  store: LabStore,
  registry: FigureRegistry,
  location: Location,
  history: History,
): () => void {
  let written = `${location.search}${location.hash}`;
  // The figure last changed: a link copied from the address bar opens at it (#figure-<id>).
  let hash = location.hash;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const query = encodeUrlState(urlStateOf(store.getState()), registry);
    if (`${query}${hash}` !== written) {
      written = `${query}${hash}`;
      history.replaceState(history.state, '', `${location.pathname}${query}${hash}`);
    }
  };
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  };
  write();
  addEventListener('pagehide', flush);
  const unsubscribe = store.subscribe((state, previous) => {
    // Hovering and marking change the figures object often; only settings, selections, questions and
    // language reach the link (a student's answer never does).
    const changed =
      state.figures === previous.figures
        ? undefined
        : Object.keys(state.figures).find(
            (id) =>
              state.figures[id].params !== previous.figures[id]?.params ||
              state.figures[id].selection !== previous.figures[id]?.selection ||
              state.figures[id].question !== previous.figures[id]?.question,
          );
    const figuresChanged = changed !== undefined;
    // An embed is one figure already; on the page, the link follows the reader to what they changed.
    if (changed !== undefined && !state.embed) hash = `#figure-${changed}`;
    if (!figuresChanged && state.language === previous.language && state.theme === previous.theme) return;
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY);
  });
  return () => {
    flush();
    unsubscribe();
    removeEventListener('pagehide', flush);
  };
}
