/** A change of a 1D signal's positions: a shift by `offset` units (right is positive) or a stretch by `factor`. */
export type SignalTransform = { kind: 'shift'; offset: number } | { kind: 'stretch'; factor: number };

/**
 * Where output position `position` of the transformed signal takes its value from in the original
 * (`position − offset` for a shift, `floor(position / factor)` for a stretch); may fall outside.
 */
export function transformSource(transform: SignalTransform, position: number): number {
  return transform.kind === 'shift' ? position - transform.offset : Math.floor(position / transform.factor);
}

/**
 * Applies a transform to a 1D signal, keeping its length: T(x)[i] = x[source(i)], and 0 where the
 * source falls outside the signal (content shifted in from beyond the border is zero).
 */
export function transformSignal(signal: Float32Array, transform: SignalTransform): Float32Array {
  if (transform.kind === 'stretch' && (!Number.isInteger(transform.factor) || transform.factor < 1)) {
    throw new RangeError(`A stretch factor must be a whole number ≥ 1, got ${transform.factor}.`);
  }
  if (transform.kind === 'shift' && !Number.isInteger(transform.offset)) {
    throw new RangeError(`A shift must be a whole number of units, got ${transform.offset}.`);
  }
  const result = new Float32Array(signal.length);
  for (let position = 0; position < signal.length; position += 1) {
    const source = transformSource(transform, position);
    if (source >= 0 && source < signal.length) result[position] = signal[source];
  }
  return result;
}
