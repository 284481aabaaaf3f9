import { keepNoticesForReload, type LabStore } from './state';

const RELOADED = 'rfl-reloaded-for-chunk';

/**
 * A page opened before a new version took over may ask for a chunk the new one no longer has:
 * reload once, into the new version, rather than leave a figure undrawn, and keep the notices on
 * screen for the new page (the link they were about is rewritten by now). Chunks that fail while
 * the reload is on its way wait for it too (lazyView), instead of showing an error for a moment.
 * A second failure in the same tab is not answered by another reload: the chunk is missing, not old.
 */
export function reloadIntoNewVersion(store: LabStore): void {
  let reloading = false;
  addEventListener('vite:preloadError', (event) => {
    if (!reloading && storedFlag()) return;
    event.preventDefault();
    if (reloading) return;
    reloading = true;
    keepNoticesForReload(store.getState().notices, location.href);
    try {
      sessionStorage.setItem(RELOADED, '1');
    } catch {
      // Without storage the flag cannot be kept: the reload still happens, once per page.
    }
    location.reload();
  });
}

function storedFlag(): boolean {
  try {
    return sessionStorage.getItem(RELOADED) !== null;
  } catch {
    return false;
  }
}
