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

/** Waits between tries to fetch the notices' texts after one failed. */
const RETRY_MS = [1_000, 4_000, 15_000];

/**
 * Whether the notices' texts are there (`ready`), on their way (`loading`) or could not be fetched
 * (`unreachable`: offline, a new version deployed), asking for them while `wanted`. A failed fetch
 * is tried again a few times, so a notice shows its own text once the connection is back.
 */
export function useNoticeMessages(wanted = true): 'ready' | 'loading' | 'unreachable' {
  const [texts, setTexts] = useState<'ready' | 'loading' | 'unreachable'>(loaded ? 'ready' : 'loading');
  const ready = texts === 'ready';
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = (tries: number) =>
      loadNoticeMessages().then(
        () => live && setTexts('ready'),
        () => {
          if (!live) return;
          setTexts('unreachable');
          if (tries < RETRY_MS.length) retry = setTimeout(() => attempt(tries + 1), RETRY_MS[tries]);
        },
      );
    attempt(0);
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [ready, wanted]);
  return texts;
}
