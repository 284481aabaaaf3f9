import { nice, ticks } from 'd3-array';

/**
 * The charts' two scales, on d3-array's tick and nice rules: the same numbers as d3-scale's
 * scaleLinear and scaleBand (tests/unit/scales.test.ts checks them against it), without the colour
 * and interpolation modules d3-scale brings into the first download for charts of plain numbers.
 */

/** Maps a numeric domain linearly onto a range, as d3's scaleLinear does. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  /** Round values across the domain, about `count` of them. */
  ticks(count?: number): number[];
}

/** `domain` widened to round numbers at both ends (a descending domain stays descending). */
function widened([start, stop]: readonly [number, number]): readonly [number, number] {
  if (stop >= start) return nice(start, stop, 10);
  const [low, high] = nice(stop, start, 10);
  return [high, low];
}

/** A linear scale from `domain` to `range`; `niceDomain` widens the domain to round numbers first. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  niceDomain = false,
): LinearScale {
  const [d0, d1] = niceDomain ? widened(domain) : domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number) => {
    // An empty domain maps everything to the middle of the range, as d3 does.
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    ticks: (count = 10) => ticks(d0, d1, count),
  });
}

/** Places `count` bands evenly along a range, as d3's scaleBand with equal inner and outer padding. */
export interface BandScale {
  (index: number): number;
  readonly bandwidth: number;
}

/** `count` bands over `range`, with `padding` (a fraction of a step) between and around them. */
export function bandScale(count: number, range: readonly [number, number], padding: number): BandScale {
  const [start, stop] = range;
  const step = (stop - start) / Math.max(1, count - padding + padding * 2);
  const first = start + (stop - start - step * (count - padding)) * 0.5;
  return Object.assign((index: number) => first + step * index, { bandwidth: step * (1 - padding) });
}
