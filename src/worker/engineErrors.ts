/** Why a request ended without an answer. */
export type EngineFailureReason = 'superseded' | 'aborted' | 'crashed' | 'hung' | 'failed' | 'disposed';

/** Rejection of an engine request: `reason` tells whether it was replaced, aborted or the worker failed. */
export class EngineRequestError extends Error {
  readonly reason: EngineFailureReason;
  constructor(reason: EngineFailureReason, message: string) {
    super(message);
    this.name = 'EngineRequestError';
    this.reason = reason;
  }
}

/** True for the rejections a caller should ignore: the request was replaced by a newer one or aborted. */
export function isStaleRequest(error: unknown): boolean {
  return error instanceof EngineRequestError && (error.reason === 'superseded' || error.reason === 'aborted');
}
