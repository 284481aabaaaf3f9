import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { imageEquivariance, transformImage } from '../../src/engine';
import { SEED } from './reference/networkArbitraries';

function randomImage(height: number, width: number, seed: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length: height * width }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.round((state / 2 ** 31) * 255) / 255;
  });
}

describe('transformImage', () => {
  test('a whole-pixel shift moves every value by (dx, dy), zeros coming in at the borders', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -14, max: 14 }),
        fc.integer({ min: -14, max: 14 }),
        (height, width, dx, dy) => {
          const image = randomImage(height, width, height * 31 + width);
          const shifted = transformImage(image, [height, width], { kind: 'shift', dx, dy }, [0, 0]);
          for (let row = 0; row < height; row += 1) {
            for (let col = 0; col < width; col += 1) {
              const [r, c] = [row - dy, col - dx];
              const expected = r >= 0 && r < height && c >= 0 && c < width ? image[r * width + c] : 0;
              expect(shifted[row * width + col]).toBe(expected);
            }
          }
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('a quarter turn of a square image about its centre: J[r][c] = I[n − 1 − c][r]', () => {
    const n = 7;
    const image = randomImage(n, n, 5);
    const turned = transformImage(image, [n, n], { kind: 'rotate', degrees: 90 }, [(n - 1) / 2, (n - 1) / 2]);
    for (let row = 0; row < n; row += 1) {
      for (let col = 0; col < n; col += 1) expect(turned[row * n + col]).toBe(image[(n - 1 - col) * n + row]);
    }
  });
});

describe('imageEquivariance', () => {
  test('a shift commutes with any kernel: zero difference away from the borders, to the bit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 24 }),
        fc.integer({ min: 6, max: 24 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: -3, max: 3 }),
        (height, width, kh, kw, dx, dy) => {
          const image = randomImage(height, width, height + 7 * width);
          const kernel = randomImage(kh, kw, 99).map((value) => value * 2 - 1);
          const check = imageEquivariance(image, [height, width], kernel, [kh, kw], {
            kind: 'shift',
            dx,
            dy,
          });
          expect(check.largestInterior).toBe(0);
          // The interior is what neither side fills from outside: (H − kh + 1 − |dy|) × (W − kw + 1 − |dx|).
          const interior = check.interior.reduce((total, value) => total + value, 0);
          expect(interior).toBe(
            Math.max(0, height - kh + 1 - Math.abs(dy)) * Math.max(0, width - kw + 1 - Math.abs(dx)),
          );
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('no transform at all: the two orders are the same map', () => {
    const image = randomImage(20, 30, 3);
    const check = imageEquivariance(image, [20, 30], Float32Array.of(-1, 1), [1, 2], {
      kind: 'shift',
      dx: 0,
      dy: 0,
    });
    expect(check.largestOverall).toBe(0);
  });

  test('a quarter turn does not commute with [−1, 1], but does with the Laplacian', () => {
    const n = 40;
    const image = randomImage(n, n, 11);
    const turn = { kind: 'rotate' as const, degrees: 90 };
    const difference = imageEquivariance(image, [n, n], Float32Array.of(-1, 1), [1, 2], turn);
    // Horizontal differences of the turned image are vertical differences of the original, turned:
    // on random pixels they differ by about as much as the map itself ranges.
    expect(difference.largestInterior).toBeGreaterThan(0.5 * difference.scale);
    expect(difference.meanInterior).toBeGreaterThan(0.1);
    const laplacian = Float32Array.of(0, 1, 0, 1, -4, 1, 0, 1, 0);
    const symmetric = imageEquivariance(image, [n, n], laplacian, [3, 3], turn);
    // The same five taps in another order: only float rounding differs.
    expect(symmetric.largestInterior).toBeLessThan(1e-5);
    expect(symmetric.interior.reduce((total, value) => total + value, 0)).toBe(38 * 38);
  });
});
