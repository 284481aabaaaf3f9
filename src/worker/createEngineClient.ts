import { EngineClient, type EngineClientOptions } from './EngineClient';

/** An engine client on the app's bundled worker (module worker, built by Vite). */
export function createEngineClient(options: Omit<EngineClientOptions, 'createWorker'> = {}): EngineClient {
  return new EngineClient({
    ...options,
    createWorker: () =>
      new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }),
  });
}
