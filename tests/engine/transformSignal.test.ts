import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type SignalTransform, transformSignal, transformSource } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

const f32 = (values: number[]) => Float32Array.from(values);
const shift = (offset: number): SignalTransform => ({ kind: 'shift', offset });
const stretch = (factor: number): SignalTransform => ({ kind: 'stretch', factor });

/** The definition, one position at a time: T(x)[i] = x[source(i)], 0 when the source is outside x. */
function referenceTransform(signal: ArrayLike<number>, transform: SignalTransform): number[] {
  const result: number[] = [];
  for (let position = 0; position < signal.length; position += 1) {
    const source =
      transform.kind === 'shift' ? position - transform.offset : Math.floor(position / transform.factor);
    result.push(source >= 0 && source < signal.length ? signal[source] : 0);
  }
  return result;
}

describe('transformSignal: shifts', () => {
  test('a shift right by 2 moves every sample two places right and zero-fills the first two', () => {
    // T(x)[i] = x[i − 2]: T[0] = x[−2] → 0, T[1] = x[−1] → 0, T[2] = x[0] = 1, T[3] = 2, T[4] = 3.
    expect(Array.from(transformSignal(f32([1, 2, 3, 4, 5]), shift(2)))).toEqual([0, 0, 1, 2, 3]);
  });

  test('a shift left by 1 moves every sample one place left and zero-fills the last', () => {
    // T(x)[i] = x[i + 1]: [x1, x2, x3, x4, x[5] → 0].
    expect(Array.from(transformSignal(f32([1, 2, 3, 4, 5]), shift(-1)))).toEqual([2, 3, 4, 5, 0]);
  });

  test('a shift by 0 is the identity, and a shift past the whole signal leaves only zeros', () => {
    expect(Array.from(transformSignal(f32([7, -1, 3]), shift(0)))).toEqual([7, -1, 3]);
    // Every source i − 3 (or i + 3) falls outside [0, 3).
    expect(Array.from(transformSignal(f32([7, -1, 3]), shift(3)))).toEqual([0, 0, 0]);
    expect(Array.from(transformSignal(f32([7, -1, 3]), shift(-3)))).toEqual([0, 0, 0]);
  });

  test('a shift keeps the length, returns a new Float32Array and leaves its argument alone', () => {
    const signal = f32([1, 2, 3, 4]);
    const shifted = transformSignal(signal, shift(1));
    expect(shifted).toBeInstanceOf(Float32Array);
    expect(shifted).not.toBe(signal);
    expect(shifted.length).toBe(4);
    expect(Array.from(signal)).toEqual([1, 2, 3, 4]);
  });
});

describe('transformSignal: stretches', () => {
  test('a stretch by 2 repeats each sample twice and drops what no longer fits', () => {
    // T(x)[i] = x[floor(i / 2)]: i = 0..5 → x0, x0, x1, x1, x2, x2.
    expect(Array.from(transformSignal(f32([1, 2, 3, 4, 5, 6]), stretch(2)))).toEqual([1, 1, 2, 2, 3, 3]);
  });

  test('a stretch by 3 repeats each sample three times', () => {
    // floor(i / 3) for i = 0..6 is 0, 0, 0, 1, 1, 1, 2.
    expect(Array.from(transformSignal(f32([1, 2, 3, 4, 5, 6, 7]), stretch(3)))).toEqual([
      1, 1, 1, 2, 2, 2, 3,
    ]);
  });

  test('a stretch by 1 is the identity and keeps the length', () => {
    const stretched = transformSignal(f32([4, -2, 9]), stretch(1));
    expect(Array.from(stretched)).toEqual([4, -2, 9]);
    expect(stretched.length).toBe(3);
  });
});

describe('transformSignal: invalid transforms', () => {
  test('a shift that is not a whole number throws RangeError', () => {
    const signal = f32([1, 2, 3]);
    for (const offset of [0.5, -1.25, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => transformSignal(signal, shift(offset))).toThrow(RangeError);
    }
  });

  test('a stretch below 1 or not a whole number throws RangeError', () => {
    const signal = f32([1, 2, 3]);
    for (const factor of [0, -2, 0.5, 1.5, Number.NaN]) {
      expect(() => transformSignal(signal, stretch(factor))).toThrow(RangeError);
    }
  });
});

describe('transformSource', () => {
  test('gives position − offset for a shift and floor(position / factor) for a stretch', () => {
    expect(transformSource(shift(3), 1)).toBe(-2);
    expect(transformSource(shift(-2), 4)).toBe(6);
    expect(transformSource(stretch(3), 7)).toBe(2);
    expect(transformSource(stretch(2), 5)).toBe(2);
  });
});

describe('transformSignal against its definition', () => {
  test('matches T(x)[i] = x[source(i)] with zero fill on random signals, shifts and stretches', () => {
    const transformArbitrary = fc.oneof(
      fc.integer({ min: -12, max: 12 }).map(shift),
      fc.integer({ min: 1, max: 5 }).map(stretch),
    );
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -8, max: 8, noNaN: true }), { minLength: 0, maxLength: 16 }),
        transformArbitrary,
        (values, transform) => {
          const signal = f32(values);
          const result = transformSignal(signal, transform);
          expect(result.length).toBe(signal.length);
          expect(Array.from(result)).toEqual(referenceTransform(signal, transform));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
