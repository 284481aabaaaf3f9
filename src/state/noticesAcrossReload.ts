import type { Notice } from './notice';

const KEY = 'rfl-notices-across-reload';

/**
 * Keeps the notices on screen for the page that reloads this one (into a new version): the link
 * they were about has been rewritten by then, so they could not be found again from it. They are
 * kept with the page's address, so that a page at another address never shows them.
 */
export function keepNoticesForReload(notices: readonly Notice[], href: string): void {
  try {
    const kept = notices.map(({ id: _id, ...notice }: Notice & { id?: number }) => notice);
    sessionStorage.setItem(KEY, JSON.stringify({ href, notices: kept }));
  } catch {
    // No storage (a private window's quota, a sandboxed frame): the reload shows the link's state alone.
  }
}

/** The notices kept for the page at `href` by the one it reloaded, once: they are forgotten as they are read. */
export function takeNoticesKeptForReload(href: string): Notice[] {
  try {
    const text = sessionStorage.getItem(KEY);
    if (text === null) return [];
    sessionStorage.removeItem(KEY);
    const kept: { href?: unknown; notices?: unknown } = JSON.parse(text);
    return kept.href === href && Array.isArray(kept.notices) ? kept.notices.filter(isNotice) : [];
  } catch {
    return [];
  }
}

function isNotice(value: unknown): value is Notice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Record<string, unknown>;
  return typeof notice.key === 'string' && typeof notice.values === 'object' && notice.values !== null;
}
