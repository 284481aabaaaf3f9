import { describe, expect, test } from 'vitest';
import {
  analyzeNetwork,
  countNetwork,
  type NetworkSpec,
  traceInfluence,
  traceReceptiveField,
  validateNetwork,
} from '../../src/engine';

/** A 3-tap stride-2 convolution, then a global pool: the pool covers whatever the convolution gives. */
function network(size: number | [number, number], extra: Record<string, unknown> = {}): NetworkSpec {
  return {
    input: { size },
    layers: [
      { kind: 'conv', kernel: 3, stride: 2 },
      { kind: 'pool', op: 'avg', global: true, ...extra } as NetworkSpec['layers'][number],
    ],
  };
}

describe('a global pool', () => {
  test('gives one unit per axis at any input size', () => {
    for (const size of [3, 15, 100, [9, 31] as [number, number], [801, 1217] as [number, number]]) {
      const geometry = analyzeNetwork(network(size));
      expect(geometry[2].size).toEqual(Array.isArray(size) ? [1, 1] : [1]);
    }
  });

  test('is a window as large as its input: r, S and P by the recurrences with k = that extent', () => {
    // 15 → conv 3/2 → 7; pool k = 7: r = 3 + (7 − 1)·2 = 15, S = 2·7 = 14, P = 0.
    const geometry = analyzeNetwork(network(15));
    expect(geometry[2]).toEqual({
      size: [1],
      receptiveField: [15],
      effectiveStride: [14],
      effectivePadding: [0],
    });
  });

  test('its unit sees every unit below it, and every input unit reaches it', () => {
    const spec = network([9, 11]);
    const field = traceReceptiveField(spec, 2, [0, 0]);
    expect(field[1].every((bit) => bit === 1)).toBe(true);
    expect(field[0].every((bit) => bit === 1)).toBe(true);
    expect(Array.from(traceInfluence(spec, 0, [0, 0])[2])).toEqual([1]);
  });

  test('keeps the channels below it and has no weights', () => {
    const spec: NetworkSpec = {
      input: { size: [8, 8], channels: 3 },
      layers: [
        { kind: 'conv', kernel: 3, channels: 16 },
        { kind: 'pool', op: 'max', global: true },
      ],
    };
    // Layer 2 (the pool) of the counts, whose index 0 is the input.
    expect(countNetwork(spec).layers[2].asBuilt.parameters).toBe(0);
    const result = validateNetwork(spec);
    expect(result.ok && result.network.channels[2]).toBe(16);
  });

  test('refuses a window of its own, naming each field, and a global that is not true or false', () => {
    const withWindow = validateNetwork(network(15, { kernel: 3, padding: 'same' }));
    expect(withWindow.ok).toBe(false);
    if (!withWindow.ok)
      expect(withWindow.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['globalPoolWindow', 'layers[1].kernel'],
        ['globalPoolWindow', 'layers[1].padding'],
      ]);
    const notBoolean = validateNetwork(network(15, { global: 'yes' }));
    expect(!notBoolean.ok && notBoolean.issues.map((issue) => issue.code)).toEqual(['notABoolean']);
    // global: false is a pool over a window of its own, which needs its kernel.
    const windowed = validateNetwork(network(15, { global: false }));
    expect(!windowed.ok && windowed.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['missingField', 'layers[1].kernel'],
    ]);
    // Only a pool may be global.
    const conv = validateNetwork({ input: { size: 5 }, layers: [{ kind: 'conv', kernel: 3, global: true }] });
    expect(!conv.ok && conv.issues.map((issue) => issue.code)).toEqual(['unknownField']);
  });
});
