import { type ResolvedNetwork, type SpecIssue, validateNetwork } from '../engine';

/** How many validated networks the worker keeps; a page shows a few figures, each with a few panels. */
const CAPACITY = 16;

const cache = new Map<string, ResolvedNetwork>();

/**
 * Validates a spec once for all the requests that name it: analysis, then every trace of a hovered
 * or selected unit. A spec's JSON is its key (cheap next to validation, which walks every layer);
 * the least recently used network leaves first.
 */
export function resolveCached(
  spec: unknown,
): { ok: true; network: ResolvedNetwork } | { ok: false; issues: SpecIssue[] } {
  const key = JSON.stringify(spec) ?? 'undefined';
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return { ok: true, network: cached };
  }
  const result = validateNetwork(spec);
  if (!result.ok) return result;
  cache.set(key, result.network);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return result;
}
