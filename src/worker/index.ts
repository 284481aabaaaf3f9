export { createEngineClient } from './createEngineClient';
export type { EngineClientOptions, RequestOptions } from './EngineClient';
export { EngineClient } from './EngineClient';
export type { EngineFailureReason } from './engineErrors';
export { EngineRequestError, isStaleRequest } from './engineErrors';
export type { EngineRequestKind, EngineRequests, EngineResponses } from './protocol';
