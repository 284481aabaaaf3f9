import { createContext, useContext } from 'react';
import type { EngineClient } from '../worker';

/** The page's door to the engine, and a way to open more doors for work that runs in parallel. */
export interface EngineAccess {
  /** The page's engine client (the one `connectEngine` uses). */
  client: EngineClient;
  /** A new client on a worker of its own (e.g. one per core for a long run); the caller disposes it. */
  spawn(): EngineClient;
}

/** Carries the engine to views that ask it for more than their figure's settings imply (an image's edges). */
export const EngineContext = createContext<EngineAccess | null>(null);

/** The engine, for views inside `<EngineContext.Provider>`. */
export function useEngine(): EngineAccess {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine must be used inside <EngineContext.Provider>.');
  return engine;
}
