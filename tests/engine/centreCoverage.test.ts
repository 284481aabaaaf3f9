import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeNetwork, centreCoverage, type NetworkSpec, NetworkSpecError } from '../../src/engine';
import {
  buildReferenceNetwork,
  product,
  type ReferenceNetwork,
  referenceReceptiveField,
  rowMajorIndex,
} from './reference/bruteForceNetwork';
import { anyExtendedNetworkSpecArbitrary } from './reference/extendedNetworkArbitraries';
import { anyNetworkSpecArbitrary, SEED } from './reference/networkArbitraries';

/** Share of the input in the exact field of each layer's centre unit (⌊n/2⌋ per axis), by BFS. */
function referenceCoverage(reference: ReferenceNetwork): number[] {
  const inputUnits = product(reference.shapes[0]);
  return reference.shapes.map((shape, layer) => {
    const centre = rowMajorIndex(
      shape.map((extent) => Math.floor(extent / 2)),
      shape,
    );
    const field = referenceReceptiveField(reference, layer, centre)[0];
    return field.reduce((total, marked) => total + marked, 0) / inputUnits;
  });
}

function expectCoverage(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  // A 2D share may be computed as a product of per-axis shares: equal up to rounding.
  actual.forEach((value, layer) => {
    expect(value, `layer ${layer}`).toBeCloseTo(expected[layer], 12);
  });
}

describe('centreCoverage', () => {
  test('dilation holes keep the share at 5/9 although the analytic field r = 13 exceeds the 9 inputs', () => {
    // Three k3, d2 'same' layers on 9 (span 5, pad 2 each side, 9 units each): unit u reads u−2, u,
    // u+2. Centre unit 4 of layer 1 reads inputs 2, 4, 6; of layer 2 inputs {0,2,4} ∪ {2,4,6} ∪
    // {4,6,8}; of layer 3 the same even inputs (−2 and 10 are padding). Layer 0: the unit itself.
    // r: 1, 5, 9, 13 (each layer adds (5 − 1)·1).
    const spec: NetworkSpec = {
      input: { size: 9 },
      layers: [1, 2, 3].map(() => ({ kind: 'conv', kernel: 3, dilation: 2, padding: 'same' }) as const),
    };
    expectCoverage(centreCoverage(spec), [1 / 9, 3 / 9, 5 / 9, 5 / 9]);
    expect(analyzeNetwork(spec)[3].receptiveField).toEqual([13]);
  });

  test('a dense layer on the input gives 1 at its layer and at every layer above', () => {
    // 6 → dense 5 → conv k2 → 4: every dense unit reads all six inputs.
    const spec: NetworkSpec = {
      input: { size: 6 },
      layers: [
        { kind: 'dense', units: 5 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    expectCoverage(centreCoverage(spec), [1 / 6, 1, 1]);
    const below: NetworkSpec = {
      input: { size: 6 },
      layers: [
        { kind: 'conv', kernel: 3 },
        { kind: 'dense', units: 3 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    // 6 → conv k3 valid → 4 (centre unit 2 reads inputs 2, 3, 4: 3/6) → dense 3 → conv k2 → 2.
    // The conv layer's four units together read inputs 0 … 5, so the dense units see all six.
    expectCoverage(centreCoverage(below), [1 / 6, 3 / 6, 1, 1]);
  });

  test('2D: the centre unit (⌊h/2⌋, ⌊w/2⌋) of a 3×3 valid convolution on 5×6 sees 9 of 30 inputs', () => {
    // Output 3×4, centre (1, 2) reads rows 1–3 × cols 2–4. Input centre (2, 3) is one unit of 30.
    const spec: NetworkSpec = { input: { size: [5, 6] }, layers: [{ kind: 'conv', kernel: 3 }] };
    expectCoverage(centreCoverage(spec), [1 / 30, 9 / 30]);
  });

  test('on an even extent the centre is the upper of the two middle units', () => {
    // 2 → conv k2 causal padding [1, 0] → 2 units: unit 0 reads {−1, 0} (one input), unit 1 reads
    // {0, 1}. The centre ⌊2/2⌋ = 1 sees both inputs; unit 0 would give 1/2.
    const spec: NetworkSpec = {
      input: { size: 2 },
      layers: [{ kind: 'conv', kernel: 2, padding: [[1, 0]] }],
    };
    expectCoverage(centreCoverage(spec), [1 / 2, 1]);
  });

  test('a centre unit that reads only padding covers nothing', () => {
    // 1 → conv k1 padding [0, 3] → 4 units; centre 2 reads position 2, past the only input.
    const spec: NetworkSpec = {
      input: { size: 1 },
      layers: [{ kind: 'conv', kernel: 1, padding: [[0, 3]] }],
    };
    expectCoverage(centreCoverage(spec), [1, 0]);
  });

  test('an invalid spec throws NetworkSpecError', () => {
    expect(() => centreCoverage({ input: { size: 3 }, layers: [{ kind: 'pool', kernel: 2 }] })).toThrow(
      NetworkSpecError,
    );
  });

  test('equals the BFS field size of the centre unit over the input size on random networks without dense layers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyNetworkSpecArbitrary({ allowDense: false }),
          anyExtendedNetworkSpecArbitrary({ allowDense: false }),
        ),
        (spec) => {
          expectCoverage(centreCoverage(spec), referenceCoverage(buildReferenceNetwork(spec)));
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
  });

  test('equals the BFS share on random networks with dense layers, at every layer', () => {
    let checkedDense = 0;
    fc.assert(
      fc.property(fc.oneof(anyNetworkSpecArbitrary(), anyExtendedNetworkSpecArbitrary()), (spec) => {
        if (spec.layers.some((layer) => layer.kind === 'dense')) checkedDense += 1;
        expectCoverage(centreCoverage(spec), referenceCoverage(buildReferenceNetwork(spec)));
      }),
      { seed: SEED, numRuns: 250 },
    );
    expect(checkedDense).toBeGreaterThan(50);
  });

  // A dense layer reads all of its input, but the window layers below it need not read every input:
  // here the stride-2, kernel-1 layer reads inputs 0, 2, 4 only, so each dense unit's exact field is
  // 3 of 5 inputs (traceReceptiveField agrees).
  test('a dense layer above a layer that skips inputs covers only what that layer reads (3/5)', () => {
    const spec: NetworkSpec = {
      input: { size: 5 },
      layers: [
        { kind: 'conv', kernel: 1, stride: 2 },
        { kind: 'dense', units: 2 },
      ],
    };
    expectCoverage(centreCoverage(spec), [1 / 5, 1 / 5, 3 / 5]);
  });
});
