import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type EquivarianceCheck, equivarianceCheck, type SignalTransform } from '../../src/engine';
import { expectCloseVectors } from './reference/closeTo';
import { SEED } from './reference/networkArbitraries';

const f32 = (values: number[]) => Float32Array.from(values);
const shift = (offset: number): SignalTransform => ({ kind: 'shift', offset });
const stretch = (factor: number): SignalTransform => ({ kind: 'stretch', factor });

/** TensorFlow's 'same' rule at stride 1: total padding k − 1, the smaller half (floor) before. */
const padBeforeOf = (kernelLength: number) => Math.floor((kernelLength - 1) / 2);

/** Direct 'same' cross-correlation in Float64: out[i] = Σ_j w[j] · x[i − padBefore + j], x = 0 outside. */
function bruteSame(signal: ArrayLike<number>, kernel: ArrayLike<number>) {
  const padBefore = padBeforeOf(kernel.length);
  const values: number[] = [];
  const scale: number[] = [];
  for (let position = 0; position < signal.length; position += 1) {
    let total = 0;
    let magnitude = 0;
    for (let tap = 0; tap < kernel.length; tap += 1) {
      const at = position - padBefore + tap;
      const sample = at >= 0 && at < signal.length ? signal[at] : 0;
      total += kernel[tap] * sample;
      magnitude += Math.abs(kernel[tap] * sample);
    }
    values.push(total);
    scale.push(magnitude);
  }
  return { values, scale };
}

/** T(x)[i] = x[i − offset] (shift) or x[floor(i / factor)] (stretch), zero where that falls outside. */
function sourceOf(transform: SignalTransform, position: number): number {
  return transform.kind === 'shift' ? position - transform.offset : Math.floor(position / transform.factor);
}

function bruteTransform<T>(values: ArrayLike<T>, transform: SignalTransform, zero: T): T[] {
  return Array.from({ length: values.length }, (_, position) => {
    const source = sourceOf(transform, position);
    return source >= 0 && source < values.length ? values[source] : zero;
  });
}

/**
 * p is interior iff its source s lies in [0, n) and both windows [p − padBefore, p − padBefore + k − 1]
 * and [s − padBefore, s − padBefore + k − 1] lie inside [0, n): then neither side reads padding or fill.
 */
function bruteInterior(length: number, kernelLength: number, transform: SignalTransform): number[] {
  const padBefore = padBeforeOf(kernelLength);
  const windowInside = (centre: number) =>
    centre - padBefore >= 0 && centre - padBefore + kernelLength - 1 < length;
  return Array.from({ length }, (_, position) => {
    const source = sourceOf(transform, position);
    return source >= 0 && source < length && windowInside(position) && windowInside(source) ? 1 : 0;
  });
}

/** Largest difference over the positions where the mask is (or is not) set; 0 when there are none. */
function maxWhere(check: EquivarianceCheck, interior: 0 | 1): number {
  let largest = 0;
  check.difference.forEach((value, position) => {
    if (check.interior[position] === interior) largest = Math.max(largest, value);
  });
  return largest;
}

const sampleArbitrary = fc.float({ min: -8, max: 8, noNaN: true });
const caseArbitrary = (transform: fc.Arbitrary<SignalTransform>) =>
  fc.record({
    signal: fc.array(sampleArbitrary, { minLength: 1, maxLength: 20 }),
    kernel: fc.array(sampleArbitrary, { minLength: 1, maxLength: 5 }),
    transform,
  });
const shiftArbitrary = fc.integer({ min: -8, max: 8 }).map(shift);
const anyTransformArbitrary = fc.oneof(shiftArbitrary, fc.integer({ min: 1, max: 4 }).map(stretch));

describe('equivarianceCheck: shifts commute with convolution away from the borders', () => {
  test('for any signal, kernel of 1–5 taps and whole shift the interior difference is exactly 0', () => {
    // At an interior p with source s = p − offset, f(Tx)[p] = Σ_j w[j]·Tx[p − pb + j]
    // = Σ_j w[j]·x[s − pb + j] = f(x)[s] = T(f x)[p]: the same products summed in the same order.
    fc.assert(
      fc.property(caseArbitrary(shiftArbitrary), ({ signal, kernel, transform }) => {
        const check = equivarianceCheck(f32(signal), f32(kernel), transform);
        expect(check.maxInteriorDifference).toBe(0);
        expect(maxWhere(check, 1)).toBe(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('for shifts and stretches every reported array matches a direct nested-loop computation', () => {
    fc.assert(
      fc.property(caseArbitrary(anyTransformArbitrary), ({ signal, kernel, transform }) => {
        const input = f32(signal);
        const weights = f32(kernel);
        const check = equivarianceCheck(input, weights, transform);
        const length = input.length;

        const transformedInput = bruteTransform(input, transform, 0);
        const output = bruteSame(input, weights);
        const outputOfTransformed = bruteSame(transformedInput, weights);
        const transformedOutput = bruteTransform(output.values, transform, 0);
        const transformedScale = bruteTransform(output.scale, transform, 0);
        const difference = outputOfTransformed.values.map((value, at) =>
          Math.abs(value - transformedOutput[at]),
        );
        const differenceScale = outputOfTransformed.scale.map((value, at) => value + transformedScale[at]);

        expect(check.input).toEqual(input);
        expect(Array.from(check.transformedInput)).toEqual(transformedInput);
        expectCloseVectors(check.output, output.values, output.scale);
        expectCloseVectors(check.outputOfTransformed, outputOfTransformed.values, outputOfTransformed.scale);
        expectCloseVectors(check.transformedOutput, transformedOutput, transformedScale);
        expectCloseVectors(check.difference, difference, differenceScale);
        for (const array of [
          check.output,
          check.outputOfTransformed,
          check.transformedOutput,
          check.difference,
        ]) {
          expect(array).toBeInstanceOf(Float32Array);
          expect(array.length).toBe(length);
        }

        // The difference is exactly |f(Tx) − T(f x)| of the two reported sides, position by position.
        const reportedGap = Array.from(check.outputOfTransformed, (value, at) =>
          Math.fround(Math.abs(value - check.transformedOutput[at])),
        );
        expect(Array.from(check.difference)).toEqual(reportedGap);

        expect(check.interior).toBeInstanceOf(Uint8Array);
        expect(Array.from(check.interior)).toEqual(bruteInterior(length, weights.length, transform));
        expect(check.maxInteriorDifference).toBe(maxWhere(check, 1));
        expect(check.maxBorderDifference).toBe(maxWhere(check, 0));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('equivarianceCheck: hand examples', () => {
  test('an edge kernel does not commute with a stretch by 2: interior difference 1, border 4', () => {
    // x = [0, 1, …, 7], w = [-1, 1], k = 2, padBefore = floor(1/2) = 0, so f(v)[i] = v[i + 1] − v[i]
    // with v[8] = 0. f(x) = [1, 1, 1, 1, 1, 1, 1, −7]; T(f x)[i] = f(x)[floor(i/2)] = [1 × 8].
    // Tx = [0, 0, 1, 1, 2, 2, 3, 3]; f(Tx) = [0, 1, 0, 1, 0, 1, 0, −3].
    // difference = [1, 0, 1, 0, 1, 0, 1, 4]. Interior: window [p, p + 1] inside iff p ≤ 6, and the
    // source floor(p/2) ≤ 3 is always inside, so p = 0…6 → max interior 1; p = 7 is border → 4.
    const check = equivarianceCheck(f32([0, 1, 2, 3, 4, 5, 6, 7]), f32([-1, 1]), stretch(2));
    expect(Array.from(check.transformedInput)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(Array.from(check.output)).toEqual([1, 1, 1, 1, 1, 1, 1, -7]);
    expect(Array.from(check.outputOfTransformed)).toEqual([0, 1, 0, 1, 0, 1, 0, -3]);
    expect(Array.from(check.transformedOutput)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(check.difference)).toEqual([1, 0, 1, 0, 1, 0, 1, 4]);
    expect(Array.from(check.interior)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
    expect(check.maxInteriorDifference).toBe(1);
    expect(check.maxInteriorDifference).toBeGreaterThan(0);
    expect(check.maxBorderDifference).toBe(4);
  });

  test('content at the left edge shifted right by 2 differs only at a border position', () => {
    // x = [5, 0, 0, 0, 0, 0], w = [1, 1, 1], padBefore 1: f(v)[i] = v[i−1] + v[i] + v[i+1].
    // f(x) = [5, 5, 0, 0, 0, 0]; T(f x) = [0, 0, 5, 5, 0, 0]. Tx = [0, 0, 5, 0, 0, 0];
    // f(Tx) = [0, 5, 5, 5, 0, 0]. difference = [0, 5, 0, 0, 0, 0]: at p = 1, f(Tx) sees the shifted
    // 5 while T(f x) reads f(x)[−1], zero fill. Interior: source p − 2 ∈ [0, 6) → p ∈ [2, 7];
    // window p − 1 … p + 1 inside → p ∈ [1, 4]; source window inside → p − 2 ∈ [1, 4] → p ∈ [3, 6].
    // Together p ∈ {3, 4}.
    const check = equivarianceCheck(f32([5, 0, 0, 0, 0, 0]), f32([1, 1, 1]), shift(2));
    expect(Array.from(check.outputOfTransformed)).toEqual([0, 5, 5, 5, 0, 0]);
    expect(Array.from(check.transformedOutput)).toEqual([0, 0, 5, 5, 0, 0]);
    expect(Array.from(check.difference)).toEqual([0, 5, 0, 0, 0, 0]);
    expect(Array.from(check.interior)).toEqual([0, 0, 0, 1, 1, 0]);
    expect(check.maxInteriorDifference).toBe(0);
    expect(check.maxBorderDifference).toBe(5);
  });

  test('content at the right edge shifted left by 1 under an asymmetric kernel differs at the last position', () => {
    // x = [0, 0, 0, 0, 0, 3], w = [1, 2, 3], padBefore 1: f(v)[i] = v[i−1] + 2·v[i] + 3·v[i+1].
    // f(x) = [0, 0, 0, 0, 9, 6]; T(f x)[i] = f(x)[i + 1] = [0, 0, 0, 9, 6, 0].
    // Tx = [0, 0, 0, 0, 3, 0]; f(Tx) = [0, 0, 0, 9, 6, 3]. difference = [0, 0, 0, 0, 0, 3].
    // Interior: source p + 1 < 6 → p ≤ 4; own window → p ∈ [1, 4]; source window → p + 1 ∈ [1, 4]
    // → p ∈ [0, 3]. Together p ∈ {1, 2, 3}.
    const check = equivarianceCheck(f32([0, 0, 0, 0, 0, 3]), f32([1, 2, 3]), shift(-1));
    expect(Array.from(check.output)).toEqual([0, 0, 0, 0, 9, 6]);
    expect(Array.from(check.outputOfTransformed)).toEqual([0, 0, 0, 9, 6, 3]);
    expect(Array.from(check.transformedOutput)).toEqual([0, 0, 0, 9, 6, 0]);
    expect(Array.from(check.difference)).toEqual([0, 0, 0, 0, 0, 3]);
    expect(Array.from(check.interior)).toEqual([0, 1, 1, 1, 0, 0]);
    expect(check.maxInteriorDifference).toBe(0);
    expect(check.maxBorderDifference).toBe(3);
  });

  test('a shift with content well inside the signal gives no difference anywhere', () => {
    // x = [0, 0, 1, 2, 0, 0, 0, 0], w = [1, -1], padBefore 0: f(v)[i] = v[i] − v[i+1].
    // f(x) = [0, −1, −1, 2, 0, 0, 0, 0]; T(f x) with offset 2 = [0, 0, 0, −1, −1, 2, 0, 0].
    // Tx = [0, 0, 0, 0, 1, 2, 0, 0]; f(Tx) = [0, 0, 0, −1, −1, 2, 0, 0]: equal everywhere.
    const check = equivarianceCheck(f32([0, 0, 1, 2, 0, 0, 0, 0]), f32([1, -1]), shift(2));
    expect(Array.from(check.outputOfTransformed)).toEqual([0, 0, 0, -1, -1, 2, 0, 0]);
    expect(Array.from(check.transformedOutput)).toEqual([0, 0, 0, -1, -1, 2, 0, 0]);
    expect(check.maxInteriorDifference).toBe(0);
    expect(check.maxBorderDifference).toBe(0);
  });
});
