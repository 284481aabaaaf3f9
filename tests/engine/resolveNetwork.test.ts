import { describe, expect, test } from 'vitest';
import { NetworkSpecError, resolveNetwork, validateNetwork } from '../../src/engine';

describe('resolveNetwork', () => {
  test('returns the resolved network of a valid spec', () => {
    // 9 → conv k3 valid → 7 → pool k2 (stride 2) → floor((7 − 2)/2) + 1 = 3.
    const network = resolveNetwork({
      input: { size: 9 },
      layers: [
        { kind: 'conv', kernel: 3 },
        { kind: 'pool', op: 'avg', kernel: 2 },
      ],
    });
    expect(network.sizes).toEqual([[9], [7], [3]]);
    expect(network.dimensions).toBe(1);
  });

  test('throws a NetworkSpecError carrying every issue validateNetwork finds', () => {
    const spec = { input: { size: 5, colour: 1 }, layers: [{ kind: 'conv', kernel: 9, extra: true }] };
    const result = validateNetwork(spec);
    expect(result.ok).toBe(false);
    let thrown: unknown;
    try {
      resolveNetwork(spec);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NetworkSpecError);
    const error = thrown as NetworkSpecError;
    expect(error.name).toBe('NetworkSpecError');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'input.colour',
      'layers[0].extra',
      'layers[0].kernel',
    ]);
    expect(result).toEqual({ ok: false, issues: error.issues });
    expect(error.message.split('\n')).toHaveLength(3);
  });
});
