import type { ImageTransform } from './imageEquivariance';
import type { SignalTransform } from './transformSignal';

/**
 * Whether a kernel is a multiple of the identity: zero everywhere but (perhaps) the one tap at its
 * centre, which needs an odd extent on every axis. Such a cross-correlation only scales its input,
 * and scaling commutes with every linear resampling.
 */
function scalesOnly(kernel: ArrayLike<number>, size: readonly number[]): boolean {
  const centre = size.every((extent) => extent % 2 === 1)
    ? size.reduce((index, extent) => index * extent + (extent - 1) / 2, 0)
    : -1;
  for (let tap = 0; tap < kernel.length; tap += 1) if (tap !== centre && kernel[tap] !== 0) return false;
  return true;
}

/**
 * Whether a 2D kernel (`size` = [rows, cols], weights row-major) is unchanged by `quarterTurns`
 * quarter turns about its centre: each tap's weight equals the weight that many turns away (0 off
 * the kernel).
 */
function turnInvariant(kernel: ArrayLike<number>, size: readonly number[], quarterTurns: number): boolean {
  const [rows, cols] = size;
  // Offsets from the centre, doubled so half-pixel centres stay whole numbers.
  const weightAt = (x: number, y: number) => {
    const col = (x + cols - 1) / 2;
    const row = (y + rows - 1) / 2;
    return Number.isInteger(col) && Number.isInteger(row) && col >= 0 && col < cols && row >= 0 && row < rows
      ? kernel[row * cols + col]
      : 0;
  };
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      let x = 2 * col - (cols - 1);
      let y = 2 * row - (rows - 1);
      for (let turn = 0; turn < quarterTurns; turn += 1) [x, y] = [-y, x];
      if (weightAt(x, y) !== kernel[row * cols + col]) return false;
    }
  }
  return true;
}

/**
 * Whether a valid, stride-1 cross-correlation with `kernel` commutes with `transform` for every
 * image, away from the borders (where either order reads past the image). Derivation: for a
 * rotation R, f_K(T x) = T f_{K∘R}(x), so the orders agree exactly when K∘R = K; a whole-pixel
 * shift always commutes (Deep Learning §9.2); a rotation by other than a quarter turn resamples
 * between pixels, which only a kernel that scales (one centre tap) commutes with.
 */
export function imageTransformCommutes(
  kernel: ArrayLike<number>,
  size: readonly number[],
  transform: ImageTransform,
): boolean {
  if (transform.kind === 'shift' || scalesOnly(kernel, size)) return true;
  const turn = ((transform.degrees % 360) + 360) % 360;
  return turn % 90 === 0 && turnInvariant(kernel, size, turn / 90);
}

/**
 * Whether a 1D cross-correlation with `kernel` ('same' padding, TensorFlow's rule) commutes with
 * `transform` for every signal away from the borders: a shift always does; a stretch by a factor
 * above 1 repeats samples, which only a layer that scales its input commutes with: one whose only
 * non-zero tap is the one 'same' padding lines up with its output, tap ⌊(k − 1) / 2⌋.
 */
export function signalTransformCommutes(kernel: ArrayLike<number>, transform: SignalTransform): boolean {
  if (transform.kind === 'shift' || transform.factor === 1) return true;
  const aligned = Math.floor((kernel.length - 1) / 2);
  for (let tap = 0; tap < kernel.length; tap += 1) if (tap !== aligned && kernel[tap] !== 0) return false;
  return true;
}
