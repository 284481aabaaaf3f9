import { scaleBand, scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bandScale, linearScale } from '../../src/views/scales';

// d3-scale, which the charts used before, is the reference: the same domains, ranges and paddings
// must give the same positions, ticks and widened domains.
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
// Chart domains: counts, and measured values down to thousandths (d3 itself gives up on denormals).
const bound = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((value) => Math.round(value * 1e4) / 1e4),
);

describe('the charts’ scales agree with d3-scale', () => {
  test('a linear scale maps, ticks and widens its domain as scaleLinear does', () => {
    fc.assert(
      fc.property(
        bound,
        bound,
        finite,
        finite,
        finite,
        fc.boolean(),
        fc.integer({ min: 1, max: 20 }),
        (d0, d1, r0, r1, value, nice, count) => {
          const ours = linearScale([d0, d1], [r0, r1], nice);
          const reference = scaleLinear().domain([d0, d1]).range([r0, r1]);
          if (nice) reference.nice();
          // (−0 and +0 are the same end for a chart.)
          expect(ours.domain.map((end) => end + 0)).toEqual(reference.domain().map((end) => end + 0));
          expect(ours(value)).toBeCloseTo(reference(value), 6);
          expect(ours.ticks(count).map((tick) => tick + 0)).toEqual(
            reference.ticks(count).map((tick) => tick + 0),
          );
        },
      ),
    );
  });

  test('an empty domain maps to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(7)).toBe(50);
    expect(scaleLinear().domain([3, 3]).range([0, 100])(7)).toBe(50);
  });

  test('bands sit and size as scaleBand with equal inner and outer padding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        finite,
        finite,
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (count, start, stop, padding) => {
          fc.pre(start <= stop);
          const ours = bandScale(count, [start, stop], padding);
          const indices = Array.from({ length: count }, (_, index) => index);
          const reference = scaleBand<number>().domain(indices).range([start, stop]).padding(padding);
          expect(ours.bandwidth).toBeCloseTo(reference.bandwidth(), 6);
          for (const index of indices) expect(ours(index)).toBeCloseTo(reference(index) ?? Number.NaN, 6);
        },
      ),
    );
  });
});
