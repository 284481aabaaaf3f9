import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type AxisField, analyticField, analyzeNetwork, type NetworkSpec } from '../../src/engine';
import {
  buildReferenceNetwork,
  positionOf,
  product,
  type ReferenceNetwork,
  referenceReceptiveField,
} from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';
import { unclippedReach } from './reference/unclippedReach';

const fieldOf = (spec: NetworkSpec, layer: number, index: number) =>
  analyticField(analyzeNetwork(spec), layer, index);

const box = (start: number, end: number, inside: number): AxisField => ({ start, end, inside });

/**
 * True when, on this axis, no layer up to `layer` can leave a gap between the fields of the taps of
 * one window: each layer has kernel 1, or its taps, d·S_{l−1} input units apart, are no farther apart
 * than the field r_{l−1} of one unit below. r and S are recomputed here from the reference's windows
 * (r_l = r_{l−1} + d(k − 1)·S_{l−1}, S_l = s·S_{l−1}).
 */
function gapFree(reference: ReferenceNetwork, layer: number, axis: number): boolean {
  let field = 1;
  let stride = 1;
  for (let above = 1; above <= layer; above += 1) {
    const window = reference.layers[above - 1].axes?.[axis];
    if (!window) return false;
    if (window.kernel > 1 && field < window.dilation * stride) return false;
    field += window.dilation * (window.kernel - 1) * stride;
    stride *= window.stride;
  }
  return true;
}

/** The sorted distinct positions of the exact field's units along one axis. */
function projection(field: Uint8Array, inputShape: number[], axis: number): number[] {
  const seen = new Set<number>();
  field.forEach((marked, index) => {
    if (marked) seen.add(positionOf(index, inputShape)[axis]);
  });
  return [...seen].sort((a, b) => a - b);
}

const range = (start: number, end: number) => Array.from({ length: end - start + 1 }, (_, i) => start + i);

describe('analyticField', () => {
  test('hand-derived 1D stack: [u·S − P, u·S − P + r − 1] and the part of it inside the input', () => {
    // 20 → k3 s2 p1 (r 3, S 2, P 1) → k3 d2 (r 11, S 2, P 1) → pool k2 (r 13, S 4, P 1).
    const spec: NetworkSpec = {
      input: { size: 20 },
      layers: [
        { kind: 'conv', kernel: 3, stride: 2, padding: 1 },
        { kind: 'local', kernel: 3, dilation: 2 },
        { kind: 'pool', op: 'avg', kernel: 2 },
      ],
    };
    // Layer 1 unit 0: −1 … 1, of which 0, 1 are input. Layer 3 unit 0: −1 … 11 (12 inside); unit 2:
    // 7 … 19 (13 inside).
    expect(fieldOf(spec, 1, 0)).toEqual([box(-1, 1, 2)]);
    expect(fieldOf(spec, 3, 0)).toEqual([box(-1, 11, 12)]);
    expect(fieldOf(spec, 3, 2)).toEqual([box(7, 19, 13)]);
    // The input layer: each unit is its own one-unit field.
    expect(fieldOf(spec, 0, 7)).toEqual([box(7, 7, 1)]);
  });

  test('2D: the index is row-major, and each axis gets its own interval', () => {
    // 5×6 → k3 valid → 3×4. Index 6 = (1, 2): rows 1 … 3, cols 2 … 4, all inside.
    // 5×6 → k [3, 1], padding [[2, 0], 0] → 5×6: unit (0, 5) rows −2 … 0 (1 inside), col 5 … 5.
    expect(fieldOf({ input: { size: [5, 6] }, layers: [{ kind: 'conv', kernel: 3 }] }, 1, 6)).toEqual([
      box(1, 3, 3),
      box(2, 4, 3),
    ]);
    const causalRows: NetworkSpec = {
      input: { size: [5, 6] },
      layers: [{ kind: 'conv', kernel: [3, 1], padding: [[2, 0], 0] }],
    };
    expect(fieldOf(causalRows, 1, 5)).toEqual([box(-2, 0, 1), box(5, 5, 1)]);
  });

  test('a field entirely in the padding has nothing inside', () => {
    // 1 → k1 padding [0, 3] → 4 units; unit 3 reads position 3.
    const spec: NetworkSpec = {
      input: { size: 1 },
      layers: [{ kind: 'conv', kernel: 1, padding: [[0, 3]] }],
    };
    expect(fieldOf(spec, 1, 3)).toEqual([box(3, 3, 0)]);
    expect(fieldOf(spec, 1, 0)).toEqual([box(0, 0, 1)]);
  });

  test('at and above a dense layer every unit’s field is the whole input', () => {
    const spec: NetworkSpec = {
      input: { size: [4, 7] },
      layers: [
        { kind: 'dense', units: [2, 2] },
        { kind: 'conv', kernel: [2, 1] },
      ],
    };
    expect(fieldOf(spec, 1, 3)).toEqual([box(0, 3, 4), box(0, 6, 7)]);
    expect(fieldOf(spec, 2, 1)).toEqual([box(0, 3, 4), box(0, 6, 7)]);
  });

  test('dilation: an unclipped field reaches both ends of the interval but has holes inside', () => {
    // 9 → k3 d2 → 5 → k3 d2 → 1: the top unit reads only the even inputs 0 … 8.
    const spec: NetworkSpec = {
      input: { size: 9 },
      layers: [
        { kind: 'conv', kernel: 3, dilation: 2 },
        { kind: 'conv', kernel: 3, dilation: 2 },
      ],
    };
    expect(fieldOf(spec, 2, 0)).toEqual([box(0, 8, 9)]);
    const reference = buildReferenceNetwork(spec);
    expect(projection(referenceReceptiveField(reference, 2, 0)[0], [9], 0)).toEqual([0, 2, 4, 6, 8]);
  });

  test('inside counts the interval’s input positions, which can exceed the exact field even without dilation', () => {
    // 5 → k2 s2 valid → 2 (units read {0, 1}, {2, 3}; input 4 is read by nobody) → k2 padding
    // [0, 1] → 2. Unit 1 of layer 2 reads layer-1 unit 1 and the padding after it: inputs {2, 3}.
    // Analytic: r = 2 + 1·2 = 4, S = 2, P = 0: 2 … 5, of which 2, 3, 4 are input.
    const spec: NetworkSpec = {
      input: { size: 5 },
      layers: [
        { kind: 'conv', kernel: 2, stride: 2 },
        { kind: 'conv', kernel: 2, padding: [[0, 1]] },
      ],
    };
    expect(fieldOf(spec, 2, 1)).toEqual([box(2, 5, 3)]);
    const reference = buildReferenceNetwork(spec);
    expect(projection(referenceReceptiveField(reference, 2, 1)[0], [5], 0)).toEqual([2, 3]);
  });

  test('on random networks without dense layers the interval is the unclipped reach of the window, and inside counts its input positions', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyNetworkSpecArbitrary({ allowDense: false }),
          anyExtendedNetworkSpecArbitrary({ allowDense: false }),
        ),
        (spec) => {
          const reference = buildReferenceNetwork(spec);
          const geometry = analyzeNetwork(spec);
          const inputShape = reference.shapes[0];
          reference.shapes.forEach((shape, layer) => {
            for (let index = 0; index < product(shape); index += 1) {
              const position = positionOf(index, shape);
              const expected = inputShape.map((extent, axis) => {
                const [start, end] = unclippedReach(reference, layer, axis, position[axis]);
                const inside = range(start, end).filter((value) => value >= 0 && value < extent).length;
                return box(start, end, inside);
              });
              expect(analyticField(geometry, layer, index)).toEqual(expected);
            }
          });
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  /*
   * What must hold between the analytic box and the exact field (BFS), per axis, without dense layers:
   * 1. Containment, always: every input position of the exact field lies in [start, end] (and in the
   *    input), since each tap moves at most as far as the recurrences allow; so its count ≤ inside.
   * 2. Unclipped on every axis (start ≥ 0 and end ≤ n − 1): the field reaches start and end on each
   *    axis, dilation or not. The first tap of a window starts the window of the unit it reads,
   *    u·s − p for the layer below, whose own interval starts at the same input position; if that
   *    tap were padding the interval would start below 0 (or, for the last tap, end past n − 1).
   *    So the first and last taps are real units all the way down.
   * 3. Unclipped and gap-free on an axis (every layer has kernel 1 or taps no farther apart, d·S,
   *    than one unit's field r below; e.g. no dilation and kernel ≥ stride): the field covers every
   *    position from start to end, so its count on that axis is inside = r.
   * Clipped intervals promise no more than 1: see the hand case above, where the box's last input
   * position is read by nobody.
   */
  test('on random networks without dense layers the exact field lies in the box, reaches its ends when unclipped, and fills it when also gap-free', () => {
    let unclipped = 0;
    let filled = 0;
    let holes = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          anyNetworkSpecArbitrary({ allowDense: false }),
          anyExtendedNetworkSpecArbitrary({ allowDense: false }),
        ),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (spec, unitPicks) => {
          const reference = buildReferenceNetwork(spec);
          const geometry = analyzeNetwork(spec);
          const inputShape = reference.shapes[0];
          reference.shapes.forEach((shape, layer) => {
            for (const pick of unitPicks) {
              const index = pick % product(shape);
              const axes = analyticField(geometry, layer, index);
              const field = referenceReceptiveField(reference, layer, index)[0];
              const isUnclipped = axes.every(
                ({ start, end }, axis) => start >= 0 && end <= inputShape[axis] - 1,
              );
              if (isUnclipped) unclipped += 1;
              axes.forEach(({ start, end, inside }, axis) => {
                const seen = projection(field, inputShape, axis);
                for (const value of seen) {
                  expect(value).toBeGreaterThanOrEqual(Math.max(start, 0));
                  expect(value).toBeLessThanOrEqual(Math.min(end, inputShape[axis] - 1));
                }
                expect(seen.length).toBeLessThanOrEqual(inside);
                if (!isUnclipped) return;
                expect([seen[0], seen[seen.length - 1]]).toEqual([start, end]);
                if (gapFree(reference, layer, axis)) {
                  expect(seen).toEqual(range(start, end));
                  expect(inside).toBe(geometry[layer].receptiveField[axis]);
                  filled += 1;
                } else if (seen.length < inside) {
                  holes += 1;
                }
              });
            }
          });
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
    // Every branch of the property must actually have been exercised.
    expect(unclipped).toBeGreaterThan(300);
    expect(filled).toBeGreaterThan(300);
    expect(holes).toBeGreaterThan(20);
  });
});
