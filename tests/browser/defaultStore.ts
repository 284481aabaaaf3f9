import { SCENES } from '../../src/figures';
import { createLabStore, type LabStore, type UrlState } from '../../src/state';

/** Every figure at its defaults, nothing selected: what a bare link opens, to adjust per test. */
export function defaultFigures(): UrlState['figures'] {
  return Object.fromEntries(
    SCENES.map((scene) => [scene.id, { params: { ...scene.defaults }, selection: null }]),
  ) as UrlState['figures'];
}

/** The lab's store for `figures` (default: every figure at its defaults), in English, not embedded. */
export function createDefaultStore(figures: UrlState['figures'] = defaultFigures()): LabStore {
  return createLabStore(SCENES, { figures, language: 'en', embed: null, theme: null, view: null }, 'en');
}
