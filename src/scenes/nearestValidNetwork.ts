import { min } from 'd3-array';
import { MAX_LAYERS, type NetworkSpec, type SpecIssue, validateNetwork } from '../engine';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The nearest possible network to a spec of unknown origin (a link, a file): the spec itself when it
 * is valid; else its input and its layers before the first impossible one (at most
 * {@link MAX_LAYERS}, unknown top-level fields dropped); else, with no usable input, `fallback`.
 * `issue` is the first problem found (null when nothing changed), `kept` the layers kept (−1 when
 * the fallback was used).
 */
export function nearestValidNetwork(
  spec: unknown,
  fallback: NetworkSpec,
): { spec: NetworkSpec; issue: SpecIssue | null; kept: number } {
  const result = validateNetwork(spec);
  if (result.ok) return { spec: spec as NetworkSpec, issue: null, kept: result.network.layers.length };
  const issue = result.issues[0];
  const useFallback = { spec: fallback, issue, kept: -1 };
  if (!isRecord(spec) || !Array.isArray(spec.layers)) return useFallback;
  const wholeSpec = result.issues.filter((item) => item.layer === null);
  if (wholeSpec.some((item) => item.code !== 'unknownField' && item.code !== 'tooManyLayers')) {
    return useFallback;
  }
  // Every other issue names the layer it concerns (input = 0); keep the layers before the first.
  const firstBad = min(result.issues, (item) => item.layer ?? undefined) ?? spec.layers.length + 1;
  if (firstBad < 1) return useFallback;
  const nearest = { input: spec.input, layers: spec.layers.slice(0, Math.min(firstBad - 1, MAX_LAYERS)) };
  if (!validateNetwork(nearest).ok) return useFallback;
  return { spec: nearest as NetworkSpec, issue, kept: nearest.layers.length };
}
