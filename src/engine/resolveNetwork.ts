import { isResolvedNetwork, type ResolvedNetwork } from './resolved';
import { NetworkSpecError } from './specIssue';
import { validateNetwork } from './validateNetwork';

/**
 * Validates a spec and returns the resolved network; throws {@link NetworkSpecError} listing every
 * issue. A network that is already resolved is returned as it is, so a request validates its spec
 * once and hands the result to every engine function it calls.
 */
export function resolveNetwork(spec: unknown): ResolvedNetwork {
  if (isResolvedNetwork(spec)) return spec;
  const result = validateNetwork(spec);
  if (!result.ok) throw new NetworkSpecError(result.issues);
  return result.network;
}
