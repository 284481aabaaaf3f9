import { type ResolvedNetwork, type SpecIssue, validateNetwork } from '../engine';

/** How many validated networks the worker keeps; a page shows a few figures, each with a few panels. */
const CAPACITY = 16;

const cache = new Map<string, ResolvedNetwork>();

/**
 * Validates a spec, given as its JSON text, once for all the requests that name it: analysis, then
 * every trace of a hovered or selected unit. The text is the key; the least recently used network
 * leaves first. Text that is not JSON is reported like any spec that is not an object.
 */
export function resolveCached(
  specJson: string,
): { ok: true; network: ResolvedNetwork } | { ok: false; issues: SpecIssue[] } {
  const key = specJson;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return { ok: true, network: cached };
  }
  let spec: unknown;
  try {
    spec = JSON.parse(specJson);
  } catch {
    spec = undefined;
  }
  const result = validateNetwork(spec);
  if (!result.ok) return result;
  cache.set(key, result.network);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return result;
}
