import { useEffect, useState } from 'react';
import { registerMessages } from '../i18n';

let loading: Promise<void> | null = null;
let loaded = false;

/**
 * Fetches the notices' texts, once: most visits never show a notice, so they are not part of the
 * first load. Resolves when they are registered.
 */
export function loadNoticeMessages(): Promise<void> {
  loading ??= import('../i18n/messages/notices').then(
    ({ noticesEn, noticesZh }) => {
      registerMessages({ en: noticesEn, zh: noticesZh });
      loaded = true;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether the notices' texts are there: asks for them while `wanted`, and renders again once they arrive. */
export function useNoticeMessages(wanted = true): boolean {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    loadNoticeMessages().then(
      () => live && setReady(true),
      () => {
        // Not reachable now (offline, a new version deployed): tried again when a notice next comes.
      },
    );
    return () => {
      live = false;
    };
  }, [ready, wanted]);
  return ready;
}
