import { expect } from 'vitest';

/**
 * Asserts two vectors agree within `relative` of each entry's scale (max(1, scale[i])), where the
 * scale is Σ|wᵢxᵢ| of the sum behind that entry, so cancellation cannot hide or fake an error.
 */
export function expectCloseVectors(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  scale: ArrayLike<number>,
  relative = 1e-4,
): void {
  expect(actual.length).toBe(expected.length);
  const bad: string[] = [];
  for (let index = 0; index < expected.length; index += 1) {
    const tolerance = relative * Math.max(1, scale[index]);
    if (!(Math.abs(actual[index] - expected[index]) <= tolerance)) {
      bad.push(`[${index}] ${actual[index]} vs ${expected[index]} (±${tolerance})`);
    }
  }
  expect(bad).toEqual([]);
}
