import type { ResolvedNetwork } from './resolved';
import { NetworkSpecError } from './specIssue';
import { validateNetwork } from './validateNetwork';

/** Validates a spec and returns the resolved network; throws {@link NetworkSpecError} listing every issue. */
export function resolveNetwork(spec: unknown): ResolvedNetwork {
  const result = validateNetwork(spec);
  if (!result.ok) throw new NetworkSpecError(result.issues);
  return result.network;
}
