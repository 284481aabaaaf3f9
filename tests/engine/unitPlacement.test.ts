import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type AxisPlacement,
  analyzeNetwork,
  type NetworkSpec,
  placeLayer,
  traceReceptiveField,
  unitAt,
} from '../../src/engine';
import { buildReferenceNetwork, positionOf, product, rowMajorIndex } from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';
import { unclippedReach } from './reference/unclippedReach';

/** Centres of every unit of one placed axis. */
const centres = (placement: AxisPlacement) =>
  Array.from({ length: placement.count }, (_, unit) => placement.first + unit * placement.step);

describe('placeLayer', () => {
  test('the input sits on itself: unit i centred on i, one unit apart', () => {
    expect(placeLayer(analyzeNetwork({ input: { size: [3, 7] }, layers: [] }), 0)).toEqual([
      { count: 3, first: 0, step: 1 },
      { count: 7, first: 0, step: 1 },
    ]);
  });

  test('hand-derived stack: unit u sits on u·S − P + (r − 1)/2', () => {
    // Layer 1: k3 s2 p1 → r 3, S 2, P 1: centre 2u − 1 + 1 = 2u (unit 0 reads −1, 0, 1).
    // Layer 2: k3 d2 → r 11, S 2, P 1: centre 2u − 1 + 5 = 2u + 4 (unit 0 reads layer-1 units 0, 2, 4,
    // i.e. inputs −1 … 9). Layer 3: pool k2 → r 13, S 4, P 1: centre 4u − 1 + 6 = 4u + 5 (unit 0
    // reads layer-2 units 0, 1: inputs −1 … 11, midpoint 5).
    const geometry = analyzeNetwork({
      input: { size: 20 },
      layers: [
        { kind: 'conv', kernel: 3, stride: 2, padding: 1 },
        { kind: 'local', kernel: 3, dilation: 2 },
        { kind: 'pool', op: 'avg', kernel: 2 },
      ],
    });
    expect([1, 2, 3].map((layer) => placeLayer(geometry, layer))).toEqual([
      [{ count: 10, first: 0, step: 2 }],
      [{ count: 6, first: 4, step: 2 }],
      [{ count: 3, first: 5, step: 4 }],
    ]);
  });

  test('a causal convolution (padding [2, 0]) sits each unit one step behind the input it ends on', () => {
    // k3, padding [2, 0]: unit u reads u − 2, u − 1, u; its field's centre is u − 1.
    const geometry = analyzeNetwork({
      input: { size: 6 },
      layers: [{ kind: 'conv', kernel: 3, padding: [[2, 0]] }],
    });
    expect(placeLayer(geometry, 1)).toEqual([{ count: 6, first: -1, step: 1 }]);
  });

  test('2D axes are placed independently', () => {
    // Rows: k3 s2 valid on 9 → 4 units, unit u reads 2u … 2u + 2, centre 2u + 1.
    // Cols: k2 s1 padding [0, 1] on 4 → 4 units, unit u reads u, u + 1, centre u + ½.
    const geometry = analyzeNetwork({
      input: { size: [9, 4] },
      layers: [{ kind: 'conv', kernel: [3, 2], stride: [2, 1], padding: [0, [0, 1]] }],
    });
    expect(placeLayer(geometry, 1)).toEqual([
      { count: 4, first: 1, step: 2 },
      { count: 4, first: 0.5, step: 1 },
    ]);
  });

  test('a dense layer, and any layer above it, spreads its units evenly over the input', () => {
    // 6 inputs span −½ … 5½. Dense 3: cells of width 2 centred on ½, 2½, 4½. A k2 conv above it has
    // 2 units: cells of width 3 centred on 1 and 4.
    const geometry = analyzeNetwork({
      input: { size: 6 },
      layers: [
        { kind: 'dense', units: 3 },
        { kind: 'conv', kernel: 2 },
      ],
    });
    expect(placeLayer(geometry, 1)).toEqual([{ count: 3, first: 0.5, step: 2 }]);
    expect(placeLayer(geometry, 2)).toEqual([{ count: 2, first: 1, step: 3 }]);
  });

  test('2D dense: each axis is spread on its own', () => {
    // Input 4×5, dense [2, 3]: rows step 2, centres ½ and 2½; cols step 5/3, first 5/6 − ½ = 1/3.
    const [rows, cols] = placeLayer(
      analyzeNetwork({ input: { size: [4, 5] }, layers: [{ kind: 'dense', units: [2, 3] }] }),
      1,
    );
    expect(rows).toEqual({ count: 2, first: 0.5, step: 2 });
    expect(cols.count).toBe(3);
    expect(cols.step).toBeCloseTo(5 / 3, 12);
    expect(cols.first).toBeCloseTo(1 / 3, 12);
  });

  test('on sliding-window chains each unit sits at the midpoint of the extreme input positions its window reaches, border cut ignored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyNetworkSpecArbitrary({ allowDense: false }),
          anyExtendedNetworkSpecArbitrary({ allowDense: false }),
        ),
        (spec) => {
          const reference = buildReferenceNetwork(spec);
          const geometry = analyzeNetwork(spec);
          reference.shapes.forEach((shape, layer) => {
            const placement = placeLayer(geometry, layer);
            expect(placement.map((axis) => axis.count)).toEqual(shape);
            placement.forEach((axisPlacement, axis) => {
              const expected = Array.from({ length: shape[axis] }, (_, unit) => {
                const [low, high] = unclippedReach(reference, layer, axis, unit);
                return (low + high) / 2;
              });
              expect(centres(axisPlacement)).toEqual(expected);
            });
          });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('where the border does not cut a unit’s window, it sits at the midpoint of its exact traced field', () => {
    // Unclipped on an axis, the exact field reaches both ends of the window on that axis (the first
    // and the last tap of every window are real units all the way down), so the midpoint of the
    // traced field's extremes is the window's midpoint. Checked only where the field is not empty.
    let checked = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          anyNetworkSpecArbitrary({ allowDense: false }),
          anyExtendedNetworkSpecArbitrary({ allowDense: false }),
        ),
        fc.nat(),
        fc.nat(),
        (spec, layerPick, unitPick) => {
          const reference = buildReferenceNetwork(spec);
          const inputShape = reference.shapes[0];
          const layer = layerPick % reference.shapes.length;
          const shape = reference.shapes[layer];
          const position = positionOf(unitPick % product(shape), shape);
          const field = traceReceptiveField(spec, layer, shape.length === 1 ? position[0] : position)[0];
          if (!field.some((marked) => marked === 1)) return;
          const placement = placeLayer(analyzeNetwork(spec), layer);
          inputShape.forEach((extent, axis) => {
            const [low, high] = unclippedReach(reference, layer, axis, position[axis]);
            if (low < 0 || high > extent - 1) return;
            const seen: number[] = [];
            field.forEach((marked, index) => {
              if (marked) seen.push(positionOf(index, inputShape)[axis]);
            });
            const centre = placement[axis].first + position[axis] * placement[axis].step;
            expect(centre).toBe((Math.min(...seen) + Math.max(...seen)) / 2);
            checked += 1;
          });
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(150);
  });

  test('at and above a dense layer the cells tile the input span −½ … n − ½ exactly', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()), (spec) => {
        const firstDense = spec.layers.findIndex((layer) => layer.kind === 'dense');
        if (firstDense === -1) return;
        const geometry = analyzeNetwork(spec);
        const input = geometry[0].size;
        for (let layer = firstDense + 1; layer < geometry.length; layer += 1) {
          placeLayer(geometry, layer).forEach((placement, axis) => {
            expect(placement.count).toBe(geometry[layer].size[axis]);
            expect(placement.step).toBeCloseTo(input[axis] / placement.count, 12);
            expect(placement.first - placement.step / 2).toBeCloseTo(-0.5, 12);
            expect(placement.first + (placement.count - 0.5) * placement.step).toBeCloseTo(
              input[axis] - 0.5,
              12,
            );
            checked += 1;
          });
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});

describe('unitAt', () => {
  const layer1: AxisPlacement = { count: 10, first: 0, step: 2 };

  test('hand cases: centres, half a step either side, and past both ends', () => {
    // Unit u is centred on 2u with a cell from 2u − 1 to 2u + 1; the layer spans −1 … 19.
    expect(unitAt(layer1, 0)).toBe(0);
    expect(unitAt(layer1, 0.9)).toBe(0);
    expect(unitAt(layer1, 1.1)).toBe(1);
    expect(unitAt(layer1, 18.9)).toBe(9);
    expect(unitAt(layer1, -0.9)).toBe(0);
    expect(unitAt(layer1, -1.1)).toBeNull();
    expect(unitAt(layer1, 19.1)).toBeNull();
    expect(unitAt(layer1, 1e9)).toBeNull();
    expect(unitAt(layer1, -1e9)).toBeNull();
  });

  test('a point exactly between two centres belongs to one of those two units', () => {
    for (let unit = 0; unit + 1 < layer1.count; unit += 1) {
      expect([unit, unit + 1]).toContain(unitAt(layer1, 2 * unit + 1));
    }
  });

  test('on the input every pixel i − ½ < x < i + ½ belongs to unit i', () => {
    const [input] = placeLayer(analyzeNetwork({ input: { size: 5 }, layers: [] }), 0);
    for (let pixel = 0; pixel < 5; pixel += 1) {
      for (const offset of [-0.49, 0, 0.49]) expect(unitAt(input, pixel + offset)).toBe(pixel);
    }
    expect(unitAt(input, -0.51)).toBeNull();
    expect(unitAt(input, 4.51)).toBeNull();
  });

  test('inverts placeLayer on every axis of every layer of random networks, and is null past the ends', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()),
        fc.double({ min: -0.499, max: 0.499, noNaN: true }),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        (spec, offset, beyond) => {
          const geometry = analyzeNetwork(spec);
          geometry.forEach((_, layer) => {
            for (const placement of placeLayer(geometry, layer)) {
              centres(placement).forEach((centre, unit) => {
                expect(unitAt(placement, centre)).toBe(unit);
                expect(unitAt(placement, centre + offset * placement.step)).toBe(unit);
              });
              const low = placement.first - placement.step / 2;
              const high = placement.first + (placement.count - 0.5) * placement.step;
              expect(unitAt(placement, low - beyond * placement.step)).toBeNull();
              expect(unitAt(placement, high + beyond * placement.step)).toBeNull();
            }
          });
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('maps a 2D point to the unit whose placed cell holds it, row and column separately', () => {
    // Rows: 4 units centred on 1, 3, 5, 7 (k3 s2 valid on 9); cols: centres ½, 1½, 2½, 3½.
    const spec: NetworkSpec = {
      input: { size: [9, 4] },
      layers: [{ kind: 'conv', kernel: [3, 2], stride: [2, 1], padding: [0, [0, 1]] }],
    };
    const [rows, cols] = placeLayer(analyzeNetwork(spec), 1);
    const at = (row: number, col: number) => {
      const unitRow = unitAt(rows, row);
      const unitCol = unitAt(cols, col);
      return unitRow === null || unitCol === null ? null : rowMajorIndex([unitRow, unitCol], [4, 4]);
    };
    expect(at(5.2, 0.4)).toBe(2 * 4 + 0);
    expect(at(7.9, 3.9)).toBe(3 * 4 + 3);
    expect(at(8.1, 2)).toBeNull();
    expect(at(3, -0.1)).toBeNull();
  });
});
