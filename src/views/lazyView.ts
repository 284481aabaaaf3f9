import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * What a lazy view waits on while the page reloads into a new version: a chunk of the old one
 * failed to load, main.tsx asked for the reload, and Vite then answers the import with nothing.
 * The view keeps its placeholder until the new page replaces it.
 */
const UNTIL_RELOADED = new Promise<never>(() => {});

/**
 * A component fetched with its own chunk on first draw (React's `lazy`): `load` imports the chunk
 * and picks the component, as in `() => import('./Dialog').then((module) => module.Dialog)`.
 */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() =>
    load().then((view: ComponentType<Props> | undefined) => (view ? { default: view } : UNTIL_RELOADED)),
  );
}
