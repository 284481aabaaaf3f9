import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { outputWindow } from '../../src/engine';
import { buildReferenceNetwork, positionOf, product } from './reference/bruteForceNetwork';
import { SEED } from './reference/networkArbitraries';
import { windowCaseArbitrary } from './reference/windowArbitraries';

describe('outputWindow', () => {
  test('fig. 9.6’s [−1, 1] on a 280 × 320 photo: y(12, 40) reads x(12, 40) and x(12, 41)', () => {
    const window = outputWindow([280, 320], { kernel: [1, 2] }, 12 * 319 + 40);
    expect(window.taps).toEqual([
      { input: 12 * 320 + 40, tap: 0 },
      { input: 12 * 320 + 41, tap: 1 },
    ]);
    expect(window.box).toEqual({ top: 12, left: 40, bottom: 12, right: 41 });
  });

  test('a strided, dilated, padded window: the taps and box of the brute-force network, any output', () => {
    fc.assert(
      fc.property(windowCaseArbitrary(), fc.nat(), (testCase, pick) => {
        const reference = buildReferenceNetwork({
          input: { size: testCase.inputSize },
          layers: [{ kind: 'conv', ...testCase.geometry }],
        }).layers[0];
        const output = pick % product(reference.outputShape);
        const expected = reference.connections
          .filter((edge) => edge.output === output)
          .map((edge) => ({ input: edge.input, tap: edge.tap }))
          .sort((a, b) => a.tap - b.tap);
        const window = outputWindow(testCase.inputSize, testCase.geometry, output);
        expect(window.taps).toEqual(expected);
        const positions = expected.map((edge) => positionOf(edge.input, testCase.inputShape));
        const rows = positions.map((position) => (position.length === 2 ? position[0] : 0));
        const cols = positions.map((position) => position[position.length - 1]);
        expect(window.box).toEqual(
          expected.length === 0
            ? null
            : {
                top: Math.min(...rows),
                left: Math.min(...cols),
                bottom: Math.max(...rows),
                right: Math.max(...cols),
              },
        );
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
