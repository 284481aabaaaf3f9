import type { LabStore } from '../../state';
import { isStaleRequest } from '../../worker';

/**
 * Says, in the edge figure's notices, that an engine request failed; a request superseded by a
 * newer one is not a failure and says nothing.
 */
export function reportEngineFailure(store: LabStore, error: unknown): void {
  if (isStaleRequest(error)) return;
  store.getState().pushNotices([
    {
      key: 'notice.worker.failed',
      values: { message: error instanceof Error ? error.message : String(error) },
      figure: 'edges',
    },
  ]);
}
