import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { axisPadding, dilatedKernelSpan, windowOutputSize } from '../../src/engine';
import { referenceWindowAxes } from './reference/bruteForceNetwork';
import { SEED } from './reference/networkArbitraries';

describe('dilatedKernelSpan, axisPadding and windowOutputSize', () => {
  test('a kernel of 3 taps spans 3 units, 5 at dilation 2, 7 at dilation 3', () => {
    expect([
      dilatedKernelSpan(3, 1),
      dilatedKernelSpan(3, 2),
      dilatedKernelSpan(3, 3),
      dilatedKernelSpan(1, 9),
    ]).toEqual([3, 5, 7, 1]);
  });

  test("axisPadding: 'valid' is none, a number pads both sides, 'same' puts the odd unit after", () => {
    expect(axisPadding('valid', 7, 4, 2, 1)).toEqual({ padBefore: 0, padAfter: 0 });
    expect(axisPadding(2, 7, 4, 2, 1)).toEqual({ padBefore: 2, padAfter: 2 });
    // out = ceil(7/2) = 4, total = 3·2 + 4 − 7 = 3 → 1 before, 2 after.
    expect(axisPadding('same', 7, 4, 2, 1)).toEqual({ padBefore: 1, padAfter: 2 });
  });

  test('windowOutputSize: PyTorch’s floor((in + 2p − d(k − 1) − 1)/s) + 1, and 0 when the window does not fit', () => {
    // floor((10 + 2 − 4 − 1)/2) + 1 = 4.
    expect(
      windowOutputSize({ inputSize: 10, kernel: 3, stride: 2, dilation: 2, padBefore: 1, padAfter: 1 }),
    ).toBe(4);
    expect(
      windowOutputSize({ inputSize: 4, kernel: 3, stride: 1, dilation: 2, padBefore: 0, padAfter: 0 }),
    ).toBe(0);
  });

  test('agree with sliding the window step by step, on random axes', () => {
    const padding = fc.oneof(
      fc.constant('valid' as const),
      fc.constant('same' as const),
      fc.integer({ min: 0, max: 5 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        padding,
        (inputSize, kernel, stride, dilation, pad) => {
          const reference = referenceWindowAxes({ kind: 'conv', kernel, stride, dilation, padding: pad }, [
            inputSize,
          ]);
          const { padBefore, padAfter } = axisPadding(pad, inputSize, kernel, stride, dilation);
          const outputSize = windowOutputSize({ inputSize, kernel, stride, dilation, padBefore, padAfter });
          if (reference === null) {
            expect(outputSize).toBe(0);
          } else {
            expect({ padBefore, padAfter, outputSize }).toEqual({
              padBefore: reference[0].padBefore,
              padAfter: reference[0].padAfter,
              outputSize: reference[0].outputSize,
            });
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
